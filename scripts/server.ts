// The HTTP server of `npm start` and the browser tests: Next's request handler behind
// lib/server/listener.ts (the client address settled from the socket and TRUST_PROXY).
// Serves the build in NEXT_DIST_DIR on PORT (LISTEN_HOST: default every interface) against DATABASE_URL.
// Run by scripts/lib/next.ts's runServer, never by hand.
import { createServer } from 'node:http';
import next from 'next';
import { createListener } from '../lib/server/listener';
import { trustProxyFrom } from '../lib/server/client-address';
import { repoRoot, runMain, UsageError } from './lib/cli';

runMain(async () => {
  // Nothing leaves the machine (runServer sets it too; this holds when the script is run otherwise).
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`PORT must be a port number, not "${process.env.PORT}".`);
  const hostname = process.env.LISTEN_HOST || undefined;
  const trust = trustProxyFrom(process.env.TRUST_PROXY);
  const app = next({ dev: false, dir: repoRoot, port, hostname });
  await app.prepare();
  const server = createServer(createListener({ handle: app.getRequestHandler(), trust }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  console.log(
    `Listening on ${hostname ?? 'every interface'}, port ${port}${process.env.TRUST_PROXY ? ` (trusting proxies ${process.env.TRUST_PROXY})` : ''}.`,
  );
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => resolve()));
  });
  await app.close();
});
