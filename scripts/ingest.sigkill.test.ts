// `npm run ingest` killed with SIGKILL in the middle, then run again: no file lost, none stored
// twice, none half-written; copies of one report end as its sources. The CLI runs as a child
// process against a throwaway PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPool } from '../lib/db/pool';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = ['000-fuyang-2020.txt', '001-yiyang-2020.txt', '003-wulanchabu-office-2020.txt'];
const COPIES = 150;

let database: TestDatabase;
let dir: string;
let pool: pg.Pool;

beforeAll(async () => {
  database = await startTestDatabase();
  pool = createPool(database.url, { max: 2 });
  // Distinct files (distinct content hashes) that parse like their seed.
  dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-sigkill-'));
  for (const seed of SEEDS) {
    const text = readFileSync(path.join(ROOT, 'data/reports/seeds', seed), 'utf8');
    for (let i = 0; i < COPIES; i++)
      writeFileSync(path.join(dir, `${seed.slice(0, 3)}-${String(i).padStart(3, '0')}.txt`), `${text}\n（本报告副本 ${i}）\n`);
  }
});

afterAll(async () => {
  await pool?.end();
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ingestArgs = () => ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), dir];
const env = () => ({ ...process.env, DATABASE_URL: database.url });
const sources = async () => Number((await pool.query('SELECT count(*) FROM report_source')).rows[0].count);

/** Every stored report complete (the figures and issues its seed parses to, its shown source among
 * its own), one report per seed whose sources are copies of that seed only. Returns the sources. */
async function expectComplete() {
  const { rows } = await pool.query<{ names: string[]; shown: boolean; figures: number; issues: number }>(
    `SELECT array_agg(s.file_name) AS names, bool_or(s.id = r.shown_source_id) AS shown,
            (SELECT count(*)::int FROM figure f WHERE f.report_id = r.id) AS figures,
            (SELECT count(*)::int FROM report_issue i WHERE i.report_id = r.id) AS issues
       FROM report r JOIN report_source s ON s.report_id = r.id GROUP BY r.id`,
  );
  const seeds = rows.map((row) => row.names[0]!.slice(0, 3));
  expect(new Set(seeds).size).toBe(rows.length);
  for (const row of rows) {
    expect(row.shown, row.names[0]).toBe(true);
    expect(row.figures, row.names[0]).toBeGreaterThan(200);
    for (const name of row.names) expect(name.slice(0, 3)).toBe(row.names[0]!.slice(0, 3));
  }
  expect(await sources()).toBe(rows.reduce((n, row) => n + row.names.length, 0));
  const dupes = await pool.query('SELECT file_name FROM report_source GROUP BY file_name HAVING count(*) > 1');
  expect(dupes.rows).toEqual([]);
  return sources();
}

it('a SIGKILLed ingest loses, duplicates and half-writes nothing, and a second run completes it', async () => {
  const total = SEEDS.length * COPIES;
  const child = spawn(process.execPath, ingestArgs(), { cwd: ROOT, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  // Kill once a good part is stored, while the rest is in flight.
  const deadline = Date.now() + 120_000;
  while ((await sources()) < 40) {
    if (child.exitCode !== null) throw new Error(`ingest exited early (${child.exitCode}): ${stderr}`);
    if (Date.now() > deadline) throw new Error(`ingest stored nothing within 120 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const afterKill = await expectComplete();
  expect(afterKill).toBeGreaterThanOrEqual(40);
  expect(afterKill).toBeLessThan(total);

  const rerun = spawnSync(process.execPath, ingestArgs(), { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 300_000 });
  expect(rerun.status, rerun.stderr).toBe(0);
  const [, saved, merged, unchanged] = /(\d+) saved, (?:(\d+) merged.*?, )?(\d+) unchanged, 0 refused/.exec(rerun.stdout) ?? [];
  expect(Number(saved) + Number(merged ?? 0)).toBe(total - afterKill);
  expect(Number(unchanged)).toBe(afterKill);
  expect(await expectComplete()).toBe(total);
  expect(Number((await pool.query('SELECT count(*) FROM report')).rows[0].count)).toBe(SEEDS.length);
}, 400_000);
