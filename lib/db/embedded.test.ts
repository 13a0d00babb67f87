// The embedded PostgreSQL's failure modes give clear messages or recover safely.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, PortInUseError, runningServer, startEmbedded } from './embedded';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'embedded-test-'));
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function select1(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT 1 AS one');
  await client.end();
  return rows[0].one;
}

describe('startEmbedded', () => {
  it('initialises, serves, stops, and a second start reuses the data', async () => {
    const dataDir = path.join(root, 'reuse');
    const first = await startEmbedded({ dataDir });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await client.end();
    expect(runningServer(dataDir)).toMatchObject({ port: first.port });
    await first.stop();
    expect(runningServer(dataDir)).toBeNull();

    const second = await startEmbedded({ dataDir });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('SELECT v FROM kept')).rows).toEqual([{ v: 42 }]);
    await again.end();
    await second.stop();
  });

  it('says clearly when the data directory is already served, and how to stop that server', async () => {
    const dataDir = path.join(root, 'busy');
    const server = await startEmbedded({ dataDir });
    try {
      await expect(startEmbedded({ dataDir })).rejects.toThrow(new RegExp(`already running on .*busy.*kill \\d+`));
    } finally {
      await server.stop();
    }
  });

  it('recovers from a stale lock left by a killed server', async () => {
    const dataDir = path.join(root, 'stale');
    const server = await startEmbedded({ dataDir });
    await server.stop();
    // A postmaster.pid naming a process that no longer exists, as a crash leaves it.
    const dead = spawn('true');
    await new Promise((r) => dead.once('exit', r));
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${dead.pid}\n${dataDir}\n1700000000\n5432\n\n127.0.0.1\n  5432001  0\nready\n`);
    const restarted = await startEmbedded({ dataDir });
    expect(await select1(restarted.url)).toBe(1);
    await restarted.stop();
  });

  it('fails at once with a clear message when the requested port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startEmbedded({ dataDir: path.join(root, 'port'), port })).rejects.toThrow(PortInUseError);
      await expect(startEmbedded({ dataDir: path.join(root, 'port'), port })).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('under a 0700 directory: as root (server runs as postgres) names the directory it cannot enter; as its owner, works', async () => {
    const locked = path.join(root, 'locked-home');
    mkdirSync(locked, { mode: 0o700 });
    chmodSync(locked, 0o700);
    const dataDir = path.join(locked, 'data');
    if (process.getuid?.() === 0) {
      await expect(startEmbedded({ dataDir })).rejects.toThrow(EmbeddedPostgresError);
      await expect(startEmbedded({ dataDir })).rejects.toThrow(`cannot enter ${locked}`);
    } else {
      const server = await startEmbedded({ dataDir });
      expect(await select1(server.url)).toBe(1);
      await server.stop();
    }
  });
});
