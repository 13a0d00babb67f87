// The browser tests' web server: a throwaway PostgreSQL (fresh temp directory, free port,
// migrated) with the bundled reports, and the app's server (scripts/server.ts, as `npm start` runs it) on PORT against the existing build in
// NEXT_DIST_DIR. Everything is removed on exit (SIGINT/SIGTERM, or when Next stops).
// Playwright: webServer { command: 'npx tsx scripts/serve-test.ts', env: { PORT, NEXT_DIST_DIR },
// gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 } } so that the cleanup runs.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadBundled } from '../lib/db/ingest/bundled';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { startCollectWorker } from './lib/collect-worker';
import { repoRoot, runMain, UsageError } from './lib/cli';
import { distDir, ensurePortFree, exited, runServer, stopChild } from './lib/next';

let database: TestDatabase | null = null;
let child: ChildProcess | null = null;
let worker: ChildProcess | null = null;
let stopping: Promise<void> | null = null;

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    if (child) await stopChild(child);
    if (worker) await stopChild(worker);
    await database?.stop();
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stopAll().then(() => process.exit(0)));
}

runMain(async () => {
  const port = Number(process.env.PORT || 3100);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`PORT must be a port number, not "${process.env.PORT}".`);
  const dist = distDir(repoRoot);
  if (!existsSync(path.join(dist, 'BUILD_ID'))) {
    throw new UsageError(`No build in ${dist}: run \`NEXT_DIST_DIR=${path.relative(repoRoot, dist)} npx next build\` first.`);
  }
  await ensurePortFree(port);
  database = await startTestDatabase();
  const s = await loadBundled(database.url, repoRoot);
  console.log(
    `Test database ${database.dataDir}: ${s.saved} bundled reports loaded${s.refused.length ? `, ${s.refused.length} refused` : ''}.`,
  );
  const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: path.relative(repoRoot, dist) || '.', PORT: String(port) };
  worker = startCollectWorker(repoRoot, env);
  child = runServer(env, repoRoot);
  const status = await exited(child);
  child = null;
  return status === 0 ? 0 : 1;
}, stopAll);
