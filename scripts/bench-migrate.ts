// `npm run bench:migrate -- <N>`: the time of migrating a database of today's shape (one row per
// figure) to one row of values per report (scripts/lib/wide-migration.ts), at N reports of the
// national synthetic corpus, in a throwaway embedded PostgreSQL with durable settings. Fills the
// database through the ingest's write path (storeRead), runs the steps in one transaction, prints
// each step's time and the database's size before and after, and checks that 50 reports' figures
// (value, blank or missing, provenance, rule, raw text, basis, span) read the same before and after.
import os from 'node:os';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { storeRead } from '../lib/db/ingest';
import type { JurisdictionCache } from '../lib/db/jurisdictions';
import { createPool } from '../lib/db/pool';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { runMain, UsageError } from './lib/cli';
import { bundledGenerator, variantInput } from './lib/synthetic';
import { wideMigration } from './lib/wide-migration';

const USAGE = 'Usage: npm run bench:migrate -- <N>';

let database: TestDatabase | null = null;

type Figures = Record<string, unknown[]>;

async function figuresBefore(pool: pg.Pool, ids: number[]): Promise<Map<number, Figures>> {
  const { rows } = await pool.query<{ report_id: number; key: string; row: unknown[] }>(
    `SELECT report_id, key, jsonb_build_array(value, provenance, rule, raw, basis, span_start, span_end) AS row
     FROM figure WHERE report_id = ANY($1::int[])`,
    [ids],
  );
  const out = new Map<number, Figures>(ids.map((id) => [id, {}]));
  for (const r of rows) out.get(r.report_id)![r.key] = r.row;
  return out;
}

async function figuresAfter(pool: pg.Pool, ids: number[]): Promise<Map<number, Figures>> {
  const { rows } = await pool.query<{ report_id: number; values: Record<string, unknown>; provenance: Record<string, unknown[]> }>(
    "SELECT report_id, to_jsonb(v) - 'provenance' AS values, provenance FROM report_values v WHERE report_id = ANY($1::int[])",
    [ids],
  );
  const out = new Map<number, Figures>(ids.map((id) => [id, {}]));
  for (const r of rows) for (const [key, p] of Object.entries(r.provenance)) out.get(r.report_id)![key] = [r.values[key], ...p];
  return out;
}

const size = async (pool: pg.Pool) =>
  Number((await pool.query<{ s: string }>('SELECT pg_database_size(current_database()) AS s')).rows[0]!.s) / 1024 ** 2;

runMain(
  async () => {
    const { positionals } = parseArgs({ allowPositionals: true });
    const n = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(n) || n <= 0) throw new UsageError(USAGE);
    const generator = await bundledGenerator(Math.max(n, 1_000_000));
    database = await startTestDatabase({ ephemeral: false });
    const writers = Math.max(4, os.availableParallelism() * 3);
    const pool = createPool(database.url, { max: writers + 2 });
    try {
      const jurisdictions: JurisdictionCache = new Map();
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async () => {
          while (next < n) {
            const r = await storeRead(pool, variantInput(generator.variant(next++)), { jurisdictions });
            if (r.status !== 'saved') throw new Error(`${r.fileName}: ${r.status}`);
          }
        }),
      );
      await pool.query('VACUUM ANALYZE');
      const figureRows = Number((await pool.query<{ c: string }>('SELECT count(*) AS c FROM figure')).rows[0]!.c);
      const before = await size(pool);
      console.log(
        `Filled ${n} reports (${figureRows} figure rows) in ${((performance.now() - started) / 1000).toFixed(0)} s; database ${before.toFixed(0)} MB`,
      );
      const ids = (await pool.query<{ id: number }>('SELECT id FROM report ORDER BY random() LIMIT 50')).rows.map((r) => r.id);
      const expected = await figuresBefore(pool, ids);

      const client = await pool.connect();
      const migrationStart = performance.now();
      try {
        await client.query('BEGIN');
        for (const step of wideMigration()) {
          const t = performance.now();
          await client.query(step.sql);
          console.log(`  ${step.label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      const seconds = (performance.now() - migrationStart) / 1000;
      await pool.query('VACUUM ANALYZE');
      const after = await size(pool);
      const got = await figuresAfter(pool, ids);
      const differing = ids.filter((id) => JSON.stringify(sorted(got.get(id)!)) !== JSON.stringify(sorted(expected.get(id)!)));
      console.log(
        `Migration: ${seconds.toFixed(1)} s for ${n} reports (${((seconds * 1000) / n).toFixed(2)} ms per report, one transaction); ` +
          `database ${before.toFixed(0)} MB → ${after.toFixed(0)} MB; ${ids.length - differing.length}/${ids.length} sampled reports read the same` +
          (differing.length ? ` (differ: ${differing.join(', ')})` : ''),
      );
      return differing.length ? 1 : 0;
    } finally {
      await pool.end();
    }
  },
  async () => {
    await database?.stop();
  },
);

function sorted(f: Figures): [string, unknown[]][] {
  return Object.entries(f).sort(([a], [b]) => a.localeCompare(b));
}
