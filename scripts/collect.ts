// `npm run collect -- <url>… [--from-file urls.txt]`: collect annual reports from government
// websites — a report page, a document, or a whole 年报 column with its pages — into the frontier
// (PostgreSQL), then fetch them politely and store each report through the one ingest step with its
// source address. Several `collect` processes (on any machines sharing DATABASE_URL) share the work.
//   --status            the frontier's counts per host and state, then exit
//   --watch             keep running: re-visit the columns every --revisit
//   --revisit <hours>   list pages older than this are fetched again, conditionally (default 24)
//   --refresh           fetch articles and documents already done again too
//   --concurrency <n>   claims in flight in this process (default 4; one host is never asked twice at once)
//   --worker            work on the whole frontier for good, waiting for new addresses (npm start runs one)
//   no address          work on the whole frontier once (a second machine helping)
// Settings: COLLECT_PAUSE_MS (1000), COLLECT_TIMEOUT_MS (60000), COLLECT_MAX_BYTES (50 MB),
// COLLECT_CONTACT (User-Agent contact), COLLECT_LEASE_MS, COLLECT_RETRY_MS, COLLECT_MAX_ATTEMPTS,
// COLLECT_ALLOW_PRIVATE=1 (loopback only), COLLECT_HOST_MAP=name=ip,… (local sites).
import { readFileSync } from 'node:fs';
import { openDatabase, type OpenDatabase } from '../lib/db/database';
import { createPool } from '../lib/db/pool';
import { createReader } from '../lib/ingest';
import {
  addSeeds,
  createCollector,
  describeVisit,
  emptySummary,
  frontierCounts,
  requeue,
  resolverFromEnv,
  runCollector,
  settingsFromEnv,
  sleep,
  summaryLines,
  tally,
} from '../lib/db/collect';
import { checkUrl } from '../lib/collect/address';
import { repoRoot, runMain, UsageError } from './lib/cli';

interface Args {
  urls: string[];
  status: boolean;
  watch: boolean;
  worker: boolean;
  refresh: boolean;
  revisitMs: number;
  concurrency: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { urls: [], status: false, watch: false, worker: false, refresh: false, revisitMs: 24 * 3600_000, concurrency: 4 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--') continue;
    else if (a === '--status') args.status = true;
    else if (a === '--watch') args.watch = true;
    else if (a === '--worker') args.worker = true;
    else if (a === '--refresh') args.refresh = true;
    else if (a === '--revisit') {
      const hours = Number(value());
      if (!(hours >= 0)) throw new UsageError('--revisit takes a number of hours');
      args.revisitMs = hours * 3600_000;
    } else if (a === '--concurrency') {
      args.concurrency = Number(value());
      if (!Number.isInteger(args.concurrency) || args.concurrency < 1) throw new UsageError('--concurrency takes a whole number ≥ 1');
    } else if (a === '--from-file') {
      const file = value();
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read ${file}`);
      }
      args.urls.push(
        ...text
          .split('\n')
          .map((l) => l.replace(/#.*/, '').trim())
          .filter(Boolean),
      );
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.urls.push(a);
  }
  for (const url of args.urls) {
    try {
      checkUrl(url);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  return args;
}

let database: OpenDatabase | null = null;

runMain(
  async () => {
    const args = parseArgs(process.argv.slice(2));
    const settings = settingsFromEnv();
    database = await openDatabase(repoRoot);
    const pool = createPool(database.url, { max: args.concurrency + 2 });
    const reader = createReader();
    try {
      if (args.status) {
        const counts = await frontierCounts(pool);
        if (!counts.length) console.log('The frontier is empty.');
        const hosts = [...new Set(counts.map((c) => c.host))];
        for (const host of hosts)
          console.log(
            `${host}: ${counts
              .filter((c) => c.host === host)
              .map((c) => `${c.state} ${c.count}`)
              .join(', ')}`,
          );
        return 0;
      }
      const summary = emptySummary();
      const tty = process.stdout.isTTY && !args.worker;
      const collector = createCollector({
        pool,
        reader,
        settings,
        resolver: resolverFromEnv(),
        onVisit: (v) => {
          tally(summary, v);
          if (v.outcome === 'robots_fetched') return;
          if (tty) process.stdout.write(`\r\x1b[K`);
          console.log(`${args.worker ? 'collect: ' : ''}${describeVisit(v)}`);
          if (tty) process.stdout.write(`[${summary.visits} visited, ${summary.saved} new reports, ${summary.failed.length} failed]`);
        },
      });
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      process.once('SIGTERM', () => controller.abort());
      if (args.worker) {
        console.log(`collect: the collector worker works through the frontier in ${database.description}`);
        let requeued = 0;
        while (!controller.signal.aborted) {
          if (Date.now() - requeued > 60_000) {
            await requeue(pool, null, { revisitMs: args.revisitMs, refresh: false });
            requeued = Date.now();
          }
          await runCollector(collector, null, args.concurrency, controller.signal);
          await sleep(2000, controller.signal);
        }
        return 0;
      }
      const started = Date.now();
      const seeds = args.urls.length ? await addSeeds(pool, args.urls, { revisitMs: args.revisitMs, refresh: args.refresh }) : null;
      if (!seeds) await requeue(pool, null, { revisitMs: args.revisitMs, refresh: args.refresh });
      console.log(
        `Collecting ${seeds ? `${args.urls.length} addresses` : 'the whole frontier'} into ${database.description} ` +
          `(pause ${settings.pauseMs} ms per host, ${args.concurrency} at a time)`,
      );
      for (;;) {
        await runCollector(collector, seeds, args.concurrency, controller.signal);
        if (!args.watch || controller.signal.aborted) break;
        if (tty) process.stdout.write(`\r\x1b[K`);
        console.log(`Watching: next re-visit in ${(args.revisitMs / 3600_000).toFixed(2)} h`);
        await sleep(Math.max(args.revisitMs, 60_000), controller.signal);
        if (controller.signal.aborted) break;
        await requeue(pool, seeds, { revisitMs: args.revisitMs, refresh: false });
      }
      if (tty) process.stdout.write(`\r\x1b[K`);
      const lines = summaryLines(summary, (Date.now() - started) / 1000);
      if (!summary.visits) lines.push('Nothing was due: every address is up to date (re-visit sooner with --revisit 0, or --refresh).');
      const states = new Map<string, number>();
      for (const c of await frontierCounts(pool, seeds)) states.set(c.state, (states.get(c.state) ?? 0) + c.count);
      lines.push(`Frontier of these addresses: ${[...states].map(([state, n]) => `${state} ${n}`).join(', ') || 'empty'}`);
      console.log(lines.join('\n'));
      return summary.failed.length || summary.refused.length ? 1 : 0;
    } finally {
      await reader.close();
      await pool.end();
    }
  },
  async () => {
    await database?.close();
  },
);
