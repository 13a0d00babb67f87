// The app server on a DATABASE_URL of its own (no supervisor: nobody restarts that PostgreSQL). Stopped
// under it: pages answer the 503 page and the API 503 JSON with Retry-After, a page kept from before
// is not served instead, /api/health says unreachable with 503, and it stays so (nothing restarts
// the database); started again on the same address: the site is back by itself and the log says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { reservePort, startEmbedded, type EmbeddedServer } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';

const ROOT = path.resolve(import.meta.dirname, '..');
const root = mkdtempSync(path.join(os.tmpdir(), 'gdr-database-url-'));
// As root, PostgreSQL runs as the postgres user, which must be able to enter the parent.
chmodSync(root, 0o755);
const dataDir = path.join(root, 'postgres');

let database: EmbeddedServer | null = null;
let app: ChildProcess | null = null;
let log = '';
let base = '';

async function answer(url: string): Promise<{ status: number; text: string; headers: Headers } | null> {
  try {
    const response = await fetch(`${base}${url}`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, text: await response.text(), headers: response.headers };
  } catch {
    return null;
  }
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app?.exitCode !== null && app?.exitCode !== undefined) break;
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${what} within ${timeoutMs} ms; the server said:\n${log}`);
}

const status = (url: string, wanted: number) => async () => {
  const got = await answer(url);
  return got?.status === wanted ? got : null;
};

test.describe.configure({ mode: 'serial' });
test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app!.once('exit', resolve));
  }
  await database?.stop();
  rmSync(root, { recursive: true, force: true });
});

test('DATABASE_URL unreachable: 503 page and JSON, health says so, nothing restarts it; back by itself when it returns', async () => {
  test.setTimeout(300_000);
  database = await startEmbedded({ dataDir, ephemeral: true });
  await migrate(database.url);
  const port = await reservePort();
  base = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-test',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  app.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until('a healthy /api/health', status('/api/health', 200), 120_000);
  // Rendered, then served as kept (lib/server/page-cache.ts).
  expect((await answer('/compare'))!.status).toBe(200);
  expect((await answer('/compare'))!.status).toBe(200);

  const pgPort = database.port;
  await database.stop();
  database = null;
  const page = await until('a 503 page', status('/compare', 503), 30_000);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.headers.get('retry-after')).toBe('5');
  expect(page.text).toContain('数据库暂时无法访问');
  expect(page.text).toContain('The database is temporarily unavailable');
  const api = (await answer('/api/jurisdictions'))!;
  expect(api.status).toBe(503);
  expect(api.headers.get('content-type')).toContain('application/json');
  expect(api.headers.get('retry-after')).toBe('5');
  expect(JSON.parse(api.text).error.code).toBe('unavailable');
  const health = await until('an unhealthy /api/health', status('/api/health', 503), 30_000);
  expect(JSON.parse(health.text)).toMatchObject({
    status: 'unhealthy',
    database: { reachable: false },
    postgres: { supervised: false, restarts: null },
  });
  expect(log).toMatch(/The database is unreachable .*answering 503/);

  // Nobody restarts a database the server was only given the address of.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  expect((await answer('/compare'))!.status).toBe(503);
  expect((await answer('/'))!.status).toBe(503);

  database = await startEmbedded({ dataDir, port: pgPort, ephemeral: true });
  await until('the site back', status('/compare', 200), 60_000);
  expect((await answer('/api/jurisdictions'))!.status).toBe(200);
  expect(JSON.parse((await answer('/api/health'))!.text)).toMatchObject({ status: 'ok', database: { reachable: true } });
  expect(log).toMatch(/The database is reachable again \(after \d+ s\); serving normally\./);
});
