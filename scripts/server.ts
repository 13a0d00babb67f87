// The HTTP server of `npm start` and the browser tests: Next's request handler behind
// lib/server/listener.ts (the client address settled from the socket and TRUST_PROXY, security
// headers on every answer, 503 while the database is unreachable, pages kept per data version:
// lib/server/page-cache.ts, PAGE_CACHE_MB of memory, 0 for none). Serves the build in
// NEXT_DIST_DIR on PORT (LISTEN_HOST: default every interface) against DATABASE_URL, which it
// watches (lib/server/database-watch.ts). `npm start` tells it over IPC what its PostgreSQL
// supervisor did ({ type: 'supervisor', status }), for /api/health.
// Run by scripts/lib/next.ts's runServer, never by hand.
import { createServer } from 'node:http';
import next from 'next';
import { readDataVersion } from '../lib/db/data-version';
import { createPool } from '../lib/db/pool';
import { trustProxyFrom } from '../lib/server/client-address';
import { watchDatabase } from '../lib/server/database-watch';
import { createListener } from '../lib/server/listener';
import { createPageCache } from '../lib/server/page-cache';
import { initServerState, type SupervisorMessage } from '../lib/server/state';
import { repoRoot, runMain, UsageError } from './lib/cli';

runMain(async () => {
  // Nothing leaves the machine (runServer sets it too; this holds when the script is run otherwise).
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`PORT must be a port number, not "${process.env.PORT}".`);
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('DATABASE_URL must be set.');
  const hostname = process.env.LISTEN_HOST || undefined;
  const trust = trustProxyFrom(process.env.TRUST_PROXY);
  const pageCacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);
  if (!(pageCacheMb >= 0)) throw new UsageError(`PAGE_CACHE_MB must be a number of megabytes, not "${process.env.PAGE_CACHE_MB}".`);

  const state = initServerState();
  process.on('message', (message: SupervisorMessage) => {
    if (message?.type === 'supervisor') state.supervisor = message.status;
  });
  const app = next({ dev: false, dir: repoRoot, port, hostname });
  await app.prepare();
  // After prepare, which can hold the event loop for seconds on a busy machine (a connection
  // attempt made during it would time out and look like an outage).
  const watch = watchDatabase(url, state, console.log);
  // The kept pages' data version is read on a connection of its own, once per page request.
  const versionPool = createPool(url, { max: 2 });
  const pages = pageCacheMb
    ? createPageCache({ dataVersion: () => readDataVersion(versionPool), maxBytes: pageCacheMb * 1024 * 1024 })
    : null;
  const server = createServer(createListener({ handle: app.getRequestHandler(), trust, state, pages }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  console.log(
    `Listening on ${hostname ?? 'every interface'}, port ${port}${process.env.TRUST_PROXY ? ` (trusting proxies ${process.env.TRUST_PROXY})` : ''}.`,
  );
  await new Promise<void>((resolve) => {
    const close = () => server.close(() => resolve());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, close);
    // Started by npm start with an IPC channel: if npm start is killed, stop too (no orphan on the port).
    if (process.connected) process.once('disconnect', close);
  });
  await Promise.all([watch.stop(), app.close(), versionPool.end()]);
});
