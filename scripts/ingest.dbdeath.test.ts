// `npm run ingest` when PostgreSQL dies under it (kill -9): it stops taking files and ends with a
// short summary and the reason — not a line per remaining file, not a stack trace — and exit 1.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { createPool } from '../lib/db/pool';

const ROOT = path.resolve(import.meta.dirname, '..');
const COPIES = 400;

let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await startTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-dbdeath-'));
  const text = readFileSync(path.join(ROOT, 'data/reports/seeds/001-yiyang-2020.txt'), 'utf8');
  // Distinct files: each a report of its own year, so that every one is a write of its own.
  for (let i = 0; i < COPIES; i++)
    writeFileSync(path.join(dir, `yiyang-${String(i).padStart(3, '0')}.txt`), text.replaceAll('2020', String(1600 + i)));
});

afterAll(async () => {
  await database?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

function postmasterPid(): number {
  return Number(readFileSync(path.join(database.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

it('stops with a short summary and the reason when the database dies under it', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), dir], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Kill PostgreSQL once a few reports are stored.
  const pool = createPool(database.url, { max: 1 });
  const deadline = Date.now() + 120_000;
  while (Number((await pool.query('SELECT count(*) FROM report')).rows[0].count) < 20) {
    if (Date.now() > deadline) throw new Error(`nothing stored within 120 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await pool.end();
  process.kill(postmasterPid(), 'SIGKILL');
  expect(await exited).toBe(1);
  const lines = out.trim().split('\n');
  const summary = lines.slice(lines.findIndex((l) => /^\d+ files/.test(l)));
  expect(out).not.toMatch(/\n\s+at /);
  expect(summary.join('\n')).toMatch(/^Stopped: the database stopped answering \(.+\); \d+ files were not stored\.$/m);
  expect(lines.length, out).toBeLessThan(COPIES / 2);
}, 300_000);
