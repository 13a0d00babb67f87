// The data version on a real PostgreSQL (migrations *_data_version, *_data_version_scope): one bump
// per writing transaction, seen by others only with its rows (at commit), none for reads or a
// rollback, every data table tracked and no bookkeeping table, writers that do not wait for each other.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion } from './data-version';
import { createPool } from './pool';
import { startTestDatabase, type TestDatabase } from './testing';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await startTestDatabase();
  pool = createPool(database.url, { max: 4 });
});
afterAll(async () => {
  await pool?.end();
  await database?.stop();
});

async function addJurisdiction(client: Pick<pg.Pool, 'query'>, slug: string): Promise<void> {
  await client.query(`INSERT INTO jurisdiction (slug, name, level) VALUES ($1, $1, 'county')`, [slug]);
}

describe('data_version', () => {
  it('is bumped once per writing transaction, however many statements and rows it writes', async () => {
    const before = await readDataVersion(pool);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await addJurisdiction(client, 'dv-a');
      await addJurisdiction(client, 'dv-b');
      await client.query(`UPDATE jurisdiction SET name = name || '县' WHERE slug LIKE 'dv-%'`);
      // Not yet visible to others, nor counted.
      expect(await readDataVersion(pool)).toBe(before);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await readDataVersion(pool)).toBe(before + 1);
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM data_version_pending');
    expect(rows[0].n).toBe(0);
  });

  it('is not bumped by reads or by a transaction rolled back', async () => {
    const before = await readDataVersion(pool);
    await pool.query('SELECT * FROM jurisdiction');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await addJurisdiction(client, 'dv-rolled-back');
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await readDataVersion(pool)).toBe(before);
  });

  it('is moved by the data tables and by no bookkeeping table; a new table must be put in one of the two', async () => {
    // Written all the time by workers and never shown as data: tracking them would empty the caches.
    // The held counts are written only at the commit of a transaction that wrote held_year (tracked).
    const bookkeeping = [
      'collect_host',
      'collect_url',
      'ocr_job',
      'ocr_page',
      'ocr_job_image',
      // A collected page's images, kept for recognising it again; written with its (tracked) source.
      'report_source_image',
      'collected_image',
      'quality_queue',
      'held_count',
      'held_count_delta',
      'held_count_pending',
    ];
    const { rows } = await pool.query<{ table: string; tracked: boolean }>(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'data_version_mark') AS tracked
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r'
         AND c.relname NOT IN ('_prisma_migrations', 'data_version', 'data_version_pending')
       ORDER BY 1`,
    );
    const untrackedData = rows.filter((r) => !r.tracked && !bookkeeping.includes(r.table)).map((r) => r.table);
    const trackedBookkeeping = rows.filter((r) => r.tracked && bookkeeping.includes(r.table)).map((r) => r.table);
    // A table here: end its migration with SELECT track_data_version('<table>'), or list it above.
    expect(untrackedData).toEqual([]);
    expect(trackedBookkeeping).toEqual([]);
    expect(rows.filter((r) => r.tracked).map((r) => r.table)).toEqual(
      expect.arrayContaining(['figure', 'jurisdiction', 'population', 'report', 'report_issue', 'report_quality', 'report_source']),
    );
    const before = await readDataVersion(pool);
    await pool.query(`DELETE FROM population WHERE false`);
    expect(await readDataVersion(pool)).toBe(before + 1);
  });

  it('does not make concurrent writers wait for each other until commit', async () => {
    const before = await readDataVersion(pool);
    const [a, b] = [await pool.connect(), await pool.connect()];
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await addJurisdiction(a, 'dv-concurrent-a');
      // With a row lock held from the first write, this would block until a commits.
      await b.query("SET LOCAL lock_timeout = '2s'");
      await addJurisdiction(b, 'dv-concurrent-b');
      await b.query('COMMIT');
      await a.query('COMMIT');
    } finally {
      a.release();
      b.release();
    }
    expect(await readDataVersion(pool)).toBe(before + 2);
  });
});
