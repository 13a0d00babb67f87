// What the tests of storing and reparsing share: a throwaway database, emptied before each test,
// and reader processes of their own. Registers the test file's hooks.
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createReader, type Reader } from '../../ingest';
import type { IngestDeps } from '../ingest';
import { createPool } from '../pool';
import { startTestDatabase, type TestDatabase } from './index';

export interface IngestTestBed {
  database: TestDatabase;
  pool: pg.Pool;
  reader: Reader;
  deps: IngestDeps;
}

/** Filled in before the file's tests run. */
export function ingestTestBed(poolSize = 4): IngestTestBed {
  const bed = {} as IngestTestBed;
  beforeAll(async () => {
    bed.database = await startTestDatabase();
    bed.pool = createPool(bed.database.url, { max: poolSize });
    bed.reader = createReader({ readers: 2 });
    bed.deps = { read: bed.reader.read };
  });
  afterAll(async () => {
    await bed.reader?.close();
    await bed.pool?.end();
    await bed.database?.stop();
  });
  beforeEach(async () => {
    await bed.pool.query('TRUNCATE report, jurisdiction RESTART IDENTITY CASCADE');
  });
  return bed;
}
