// `npm run bench:load -- [--url URL | --data-dir DIR] [--connections 50] [--duration 20]`: 50
// concurrent clients for 20 s on each of /, /compare, /j/<slug> and /api/figures (autocannon),
// printing requests/s, p50, p99, errors and page size. Either against a running app (--url), or
// it serves the build (NEXT_DIST_DIR, default .next) itself through scripts/server.ts over the
// embedded PostgreSQL in DIR, e.g. one filled by `npm run bench:ingest -- 1227 --data-dir DIR`.
// autocannon runs in this process, on the same cores as the server and PostgreSQL: on a 2-core
// machine the figures are those of all three sharing them, and of anything else running: with
// --data-dir it also prints the CPU each request cost the server and PostgreSQL, which a busy
// machine does not change.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startEmbedded, reservePort, type EmbeddedServer } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { postgresCpuSeconds } from './lib/bench';
import { repoRoot, runMain, UsageError } from './lib/cli';
import { runServer, stopChild } from './lib/next';

const USAGE = 'Usage: npm run bench:load -- [--url URL | --data-dir DIR] [--connections 50] [--duration 20]';

let embedded: EmbeddedServer | null = null;
let dataDir: string | null = null;

/** CPU seconds of the app server process and of PostgreSQL so far (null against --url). */
function cpuSeconds(): { server: number; postgres: number } | null {
  if (!server?.pid || !dataDir) return null;
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { server: (Number(fields[11]) + Number(fields[12])) / 100, postgres: postgresCpuSeconds(dataDir) ?? NaN };
}
let server: ChildProcess | null = null;

async function cleanup(): Promise<void> {
  if (server) await stopChild(server);
  await embedded?.stop();
}

async function serve(dir: string): Promise<string> {
  dataDir = dir;
  embedded = await startEmbedded({ dataDir });
  await migrate(embedded.url);
  const port = await reservePort();
  server = runServer({ ...process.env, DATABASE_URL: embedded.url, PORT: String(port), LISTEN_HOST: '127.0.0.1' }, repoRoot);
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (server.exitCode !== null) throw new Error(`the app server exited (${server.exitCode})`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return base;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app server did not come up within 120 s');
}

/** Reports in the database, by paging the API. */
async function countReports(base: string): Promise<number> {
  let count = 0;
  let cursor: string | null = '';
  while (cursor !== null) {
    const page = (await (await fetch(`${base}/api/reports?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
      data: unknown[];
      nextCursor: string | null;
    };
    count += page.data.length;
    cursor = page.nextCursor;
  }
  return count;
}

function run(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '20' },
    },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  if (!values.url === !values['data-dir'] || !(connections > 0) || !(duration > 0)) throw new UsageError(USAGE);
  const base = values.url ? values.url.replace(/\/$/, '') : await serve(values['data-dir']!);

  const jurisdictions = (await (await fetch(`${base}/api/jurisdictions?limit=500`)).json()) as { data: { slug: string }[] };
  const count = await countReports(base);
  const slug = jurisdictions.data[Math.floor(jurisdictions.data.length / 2)]?.slug;
  if (!slug || !count)
    throw new UsageError(`No reports at ${base}: fill the database first (npm run bench:ingest -- 1227 --data-dir DIR).`);

  const paths = ['/', '/compare', `/j/${slug}`, '/api/figures?key=applications.new.total'];
  console.log(
    `${connections} connections, ${duration} s per path, against ${base} (${count} reports).\n` +
      `autocannon shares this machine's ${os.cpus().length} cores with the server and PostgreSQL` +
      ` (load average before: ${os.loadavg()[0]!.toFixed(1)}).\n`,
  );
  console.log(
    [
      'path'.padEnd(44),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'errors'.padStart(7),
      'size kB'.padStart(8),
      'app CPU ms/req'.padStart(15),
      'PostgreSQL'.padStart(15),
    ].join(''),
  );
  for (const path of paths) {
    const size = (await (await fetch(`${base}${path}`)).arrayBuffer()).byteLength;
    const before = cpuSeconds();
    const r = await run(`${base}${path}`, connections, duration);
    const after = cpuSeconds();
    const errors = r.errors + r.timeouts + r.non2xx;
    const perRequest = (a: number, b: number) => (r.requests.total ? (((b - a) * 1000) / r.requests.total).toFixed(1) : '–');
    console.log(
      [
        path.padEnd(44),
        r.requests.average.toFixed(1).padStart(8),
        String(r.latency.p50).padStart(8),
        String(r.latency.p99).padStart(8),
        String(errors).padStart(7),
        (size / 1000).toFixed(1).padStart(8),
        (before && after ? perRequest(before.server, after.server) : '–').padStart(15),
        (before && after ? perRequest(before.postgres, after.postgres) : '–').padStart(15),
      ].join(''),
    );
  }
  console.log(`\nerrors: non-2xx answers, timeouts (10 s) and socket errors. Load average after: ${os.loadavg()[0]!.toFixed(1)}.`);
}, cleanup);
