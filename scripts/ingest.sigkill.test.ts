// `npm run ingest` killed with SIGKILL in the middle, then run again: no report lost, none
// duplicated, none half-written. The CLI runs as a child process against a throwaway PostgreSQL.
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
const reports = async () => Number((await pool.query('SELECT count(*) FROM report')).rows[0].count);

/** Every stored report complete: its source, all the figures and issues its seed parses to. */
async function expectComplete() {
  const { rows } = await pool.query<{ name: string; figures: number; issues: number; sources: number }>(
    `SELECT r.source_file_name AS name,
            (SELECT count(*)::int FROM figure f WHERE f.report_id = r.id) AS figures,
            (SELECT count(*)::int FROM report_issue i WHERE i.report_id = r.id) AS issues,
            (SELECT count(*)::int FROM report_source s WHERE s.report_id = r.id) AS sources
       FROM report r`,
  );
  const bySeed = new Map<string, string>();
  for (const row of rows) {
    expect(row.sources, row.name).toBe(1);
    expect(row.figures, row.name).toBeGreaterThan(200);
    // All copies of one seed store the same numbers of figures and issues.
    const shape = `${row.figures}/${row.issues}`;
    const seed = row.name.slice(0, 3);
    expect(bySeed.get(seed) ?? shape, row.name).toBe(shape);
    bySeed.set(seed, shape);
  }
  const dupes = await pool.query('SELECT source_file_name FROM report GROUP BY source_file_name HAVING count(*) > 1');
  expect(dupes.rows).toEqual([]);
  return rows.length;
}

it('a SIGKILLed ingest loses, duplicates and half-writes nothing, and a second run completes it', async () => {
  const total = SEEDS.length * COPIES;
  const child = spawn(process.execPath, ingestArgs(), { cwd: ROOT, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  // Kill once a good part is stored, while the rest is in flight.
  const deadline = Date.now() + 120_000;
  while ((await reports()) < 40) {
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
  expect(rerun.stdout).toContain(`${total - afterKill} saved, ${afterKill} unchanged, 0 refused`);
  expect(await expectComplete()).toBe(total);
}, 400_000);
