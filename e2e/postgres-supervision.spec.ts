// `npm start` (scripts/start.ts) on a fresh data directory: kill -9 of its PostgreSQL gives 503
// pages and JSON (not 500s) while the supervisor restarts it, then the site and /api/health are
// back with the restart counted; after the whole product is killed, the next start clears the
// stale lock and says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gdr-supervision-')), 'postgres');
// As root, PostgreSQL runs as the postgres user, which must be able to enter the parent.
chmodSync(path.dirname(dataDir), 0o755);
let port = 0;
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: chosen } = server.address() as { port: number };
      server.close(() => resolve(chosen));
    });
  });
}

interface Started {
  process: ChildProcess;
  log: () => string;
}

function npmStart(): Started {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-test',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, log: () => output };
}

async function status(url: string): Promise<{ status: number; text: string; type: string } | null> {
  try {
    const response = await fetch(`${base}${url}`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
  } catch {
    return null;
  }
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app?.process.exitCode !== null && app?.process.exitCode !== undefined) break;
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`no ${what} (npm start ${app?.process.exitCode === null ? 'still running' : 'exited'}); it said:\n${app?.log() ?? ''}`);
}

const healthy = () =>
  until('a healthy /api/health', async () => ((await status('/api/health'))?.status === 200 ? true : null), 240_000, 500);
const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

let app: Started | null = null;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
});
test.afterAll(async () => {
  if (app && app.process.exitCode === null) {
    app.process.kill('SIGTERM');
    await exited(app.process);
  }
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

test('kill -9 of PostgreSQL: 503 page and JSON meanwhile, then back by itself, the restart logged and counted', async () => {
  test.setTimeout(400_000);
  app = npmStart();
  await healthy();
  expect((await status('/api/jurisdictions'))!.status).toBe(200);

  process.kill(postmasterPid(), 'SIGKILL');
  const page = await until(
    'a 503 page',
    async () => {
      const answer = await status('/compare');
      return answer?.status === 503 ? answer : null;
    },
    10_000,
    20,
  );
  expect(page.type).toContain('text/html');
  expect(page.text).toContain('数据库暂时无法访问');
  expect(page.text).toContain('The database is temporarily unavailable');
  const api = await status('/api/jurisdictions');
  if (api!.status === 503) {
    expect(api!.type).toContain('application/json');
    expect(JSON.parse(api!.text).error.code).toBe('unavailable');
  }

  await until('the site back', async () => ((await status('/api/jurisdictions'))?.status === 200 ? true : null), 60_000, 200);
  expect((await status('/compare'))!.status).toBe(200);
  const health = JSON.parse((await status('/api/health'))!.text);
  expect(health).toMatchObject({
    status: 'ok',
    database: { reachable: true },
    migrations: { pending: [] },
    postgres: { supervised: true, restarts: 1, state: 'up' },
  });
  expect(health.postgres.lastFailure).toContain('SIGKILL');
  expect(typeof health.parserVersion).toBe('string');
  expect(app.log()).toMatch(/PostgreSQL \(pid \d+\) stopped unexpectedly \(killed by SIGKILL\)\. Restarting it in 1 s/);
  expect(app.log()).toMatch(/PostgreSQL is running again/);
  expect(app.log()).toMatch(/The database is unreachable .*answering 503/);
});

test('after the whole product is killed, the next npm start clears the stale lock and says so', async () => {
  test.setTimeout(400_000);
  const pg = postmasterPid();
  // npm start and PostgreSQL killed at once, as the OOM killer might; the app server stops by
  // itself when npm start is gone (its IPC channel closes), leaving the port free.
  process.kill(pg, 'SIGKILL');
  app!.process.kill('SIGKILL');
  await exited(app!.process);
  await until('the orphaned app server gone', async () => ((await status('/api/health')) === null ? true : null), 30_000, 200);
  app = npmStart();
  await healthy();
  expect(app.log()).toMatch(/Removed a stale lock .*postmaster\.pid/);
  expect((await status('/api/jurisdictions'))!.status).toBe(200);
  app.process.kill('SIGTERM');
  expect(await exited(app.process)).toBe(0);
});
