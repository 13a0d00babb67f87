// The built app (scripts/server.ts as `npm start` runs it, NEXT_DIST_DIR's build) on a free port over a fresh, empty
// PostgreSQL, with an ingest token: for browser tests that upload reports and must find the
// database without them first.

import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing';
import { runServer } from '@/scripts/lib/next';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface AppServer {
  baseURL: string;
  /** Its database (a collector worker of the test's own works on it). */
  databaseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer on ${url} within ${timeoutMs} ms`);
}

export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const database: TestDatabase = await startTestDatabase();
  const port = await freePort();
  const child = runServer({ ...process.env, ...env, DATABASE_URL: database.url, PORT: String(port), LISTEN_HOST: '127.0.0.1' }, ROOT);
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${baseURL}/api/jurisdictions`, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    await database.stop();
    throw error;
  }
  return {
    baseURL,
    databaseUrl: database.url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await database.stop();
    },
  };
}
