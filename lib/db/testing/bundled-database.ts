// For test files that read the bundled reports through lib/db's own client: one throwaway
// PostgreSQL per file, DATABASE_URL pointed at it before the client is first imported, and both
// closed after the file. (Kept apart from ./index, which scripts import without vitest.)
import { afterAll, beforeAll } from 'vitest';
import { loadBundled } from '../ingest/bundled';
import { startTestDatabase, type TestDatabase } from './index';

export function withBundledDatabase(): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await startTestDatabase();
    process.env.DATABASE_URL = database.url;
    await loadBundled(database.url, process.cwd());
  });
  afterAll(async () => {
    const { pool } = await import('@/lib/db/client');
    await pool.end();
    await database?.stop();
  });
}
