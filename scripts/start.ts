// `npm start`: the whole product on one command.
// - DATABASE_URL set: use that server (migrated), start none. Otherwise: an embedded PostgreSQL on
//   DATA_DIR (default .data/postgres), kept between runs, supervised (lib/db/supervisor.ts:
//   restarted with backoff when it dies; after 10 failures in 10 minutes, exit 1 with the reason).
//   While the database is unreachable, either way, the app answers 503 (lib/server/listener.ts).
// - An empty database gets the bundled reports and the census population; reports an older parser
//   read are re-read (lib/db/ingest/reparse-on-start.ts).
// - Builds the app when there is no build or the sources changed (NEXT_DIST_DIR respected), then
//   serves it on PORT (default 3000), with the collector worker beside it (scripts/lib/collect-worker.ts;
//   COLLECT_WORKER=0 leaves it out) and the OCR worker (scripts/lib/ocr-worker.ts; OCR_WORKER=0).
//   Ctrl-C / SIGTERM stop Next and the workers, then PostgreSQL.
import type { ChildProcess } from 'node:child_process';
import { dataDirFromEnv, startEmbedded } from '../lib/db/embedded';
import { isEmpty, loadBundled } from '../lib/db/ingest/bundled';
import { reparseOnStart } from '../lib/db/ingest/reparse-on-start';
import { refreshQualityNow } from '../lib/db/quality/on-start';
import { migrate } from '../lib/db/migrate';
import { startCollectWorker } from './lib/collect-worker';
import { startOcrWorker } from './lib/ocr-worker';
import { PostgresSupervisor } from '../lib/db/supervisor';
import type { SupervisorMessage } from '../lib/server/state';
import { repoRoot, runMain, UsageError } from './lib/cli';
import { buildNeeded, distDir, ensurePortFree, exited, runNext, runServer, stopChild } from './lib/next';

let supervisor: PostgresSupervisor | null = null;
let child: ChildProcess | null = null;
let worker: ChildProcess | null = null;
let ocrWorker: ChildProcess | null = null;
let stopping: Promise<void> | null = null;

/** Next first (it holds connections), then PostgreSQL. Every caller waits for the same stop. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    if (ocrWorker) await stopChild(ocrWorker);
    if (child) await stopChild(child);
    if (worker) await stopChild(worker);
    if (supervisor) {
      console.log('Stopping PostgreSQL…');
      await supervisor.stop();
    }
  })();
  return stopping;
}

async function shutdown(code: number): Promise<never> {
  await stopAll();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

runMain(async () => {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`PORT must be a port number, not "${process.env.PORT}".`);
  // Before anything starts: a taken port is the commonest failure and the cheapest to report.
  await ensurePortFree(port);

  let url = process.env.DATABASE_URL;
  if (url) {
    console.log('Using the database at DATABASE_URL.');
  } else {
    const dataDir = dataDirFromEnv(repoRoot);
    console.log(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    const embedded = await startEmbedded({ dataDir });
    if (embedded.staleLockCleared) console.log(embedded.staleLockCleared);
    url = embedded.url;
    supervisor = new PostgresSupervisor(embedded, {
      start: () => startEmbedded({ dataDir, port: embedded.port }),
      log: (line) => console.error(line),
      onChange: (status) => child?.connected && child.send({ type: 'supervisor', status } satisfies SupervisorMessage),
      onGiveUp: () => void shutdown(1),
    });
  }
  const applied = await migrate(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

  if (await isEmpty(url)) {
    console.log('The database is empty: loading the bundled reports…');
    const s = await loadBundled(url, repoRoot);
    console.log(
      `Loaded ${s.saved} reports (${s.refused.length} refused${s.refused.length ? `: ${s.refused.map((r) => `${r.fileName} (${r.message.en})`).join('; ')}` : ''}).`,
    );
  }
  await reparseOnStart(url, console.log);
  await refreshQualityNow(url, console.log);

  const env = { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next', PORT: String(port) };
  const why = buildNeeded(repoRoot, distDir(repoRoot));
  if (why) {
    console.log(`Building the app (${why})…`);
    child = runNext(['build'], env, repoRoot);
    const status = await exited(child);
    child = null;
    if (status !== 0) {
      console.error('The build failed (see above).');
      return shutdown(1);
    }
  }

  worker = startCollectWorker(repoRoot, env);
  ocrWorker = startOcrWorker(repoRoot, env);
  console.log(`Serving on http://localhost:${port} (Ctrl-C to stop)`);
  child = runServer(env, repoRoot);
  if (supervisor) child.send({ type: 'supervisor', status: supervisor.status } satisfies SupervisorMessage);
  const status = await exited(child);
  child = null;
  if (!stopping) {
    console.error(`The app server stopped (exit ${status}).`);
    return shutdown(status === 0 ? 0 : 1);
  }
}, stopAll);
