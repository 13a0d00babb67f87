// `npm start` fails fast and clearly (exit 1, no hang) when its port is taken or its data
// directory is already served, and starts nothing it leaves behind.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runningServer, startEmbedded } from '../lib/db/embedded';

const ROOT = path.resolve(import.meta.dirname, '..');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'start-test-'));
  chmodSync(tmp, 0o755);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: { ...clean, NEXT_DIST_DIR: '.next-start-test', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

it('a port in use: a clear message, exit 1, and no database started', async () => {
  const blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, r));
  const port = (blocker.address() as net.AddressInfo).port;
  const dataDir = path.join(tmp, 'port-data');
  try {
    const run = start({ PORT: String(port), DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} is already in use`);
    expect(run.stderr).toContain(`PORT=${port + 1} npm start`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(dataDir)).toBe(false);
  } finally {
    blocker.close();
  }
});

it('a data directory another PostgreSQL serves: a clear message naming it, exit 1', async () => {
  const dataDir = path.join(tmp, 'busy-data');
  const server = await startEmbedded({ dataDir });
  try {
    const free = net.createServer();
    await new Promise<void>((r) => free.listen(0, r));
    const port = (free.address() as net.AddressInfo).port;
    await new Promise((r) => free.close(r));
    const run = start({ PORT: String(port), DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`A PostgreSQL server (pid ${runningServer(dataDir)!.pid}`);
    expect(run.stderr).toContain(dataDir);
  } finally {
    await server.stop();
  }
});

it('a PORT that is not a port number: a clear message, exit 1', () => {
  const run = start({ PORT: 'eighty', DATA_DIR: path.join(tmp, 'unused') });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('PORT must be a port number, not "eighty"');
});
