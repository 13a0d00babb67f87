// `npm run bench:collect -- [N] [--concurrency C] [--readers R]`: the fixture government site
// (lib/collect/testing/site.ts, on 127.0.0.1) with a column of N generated report pages (default
// 1,000: distinct valid reports made from the bundled ones, as HTML tables, 20 links a page, a
// script-written pager), collected whole with politeness off into a throwaway PostgreSQL. Prints
// reports/s and requests/s, and the time a polite run would take at the default pause (computed
// from the requests per host, not slept). Then the claim alone: addresses waiting behind one paused
// busy host (--waiting W, default 20,000) and one free host's address: ms per claim.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureSite } from '../lib/collect/testing/site';
import { addSeeds, COLLECTOR_DEFAULTS, createCollector, emptySummary, runCollector, settingsFromEnv, tally } from '../lib/db/collect';
import { claim } from '../lib/db/collect/frontier';
import { contentHash } from '../lib/db/ingest';
import { bundledReportFiles } from '../lib/db/ingest/bundled';
import { createPool } from '../lib/db/pool';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { syntheticReports, type BaseReport } from '../lib/db/testing/synthetic-reports';
import { createReader } from '../lib/ingest';
import { repoRoot, runMain, UsageError } from './lib/cli';

const USAGE = 'Usage: npm run bench:collect -- [N] [--concurrency C] [--readers R] [--waiting W]';

/** ms per claim with `waiting` addresses queued on a host in its pause and one free host's address. */
async function claimBehindBusyHost(pool: import('pg').Pool, waiting: number): Promise<number> {
  await pool.query('TRUNCATE collect_host CASCADE');
  await pool.query(
    `INSERT INTO collect_host (host, next_allowed_at) VALUES ('busy.example-gov.test', now() + interval '1 hour'), ('free.example-gov.test', now() - interval '1 second')`,
  );
  await pool.query(
    // Due a day ago: ahead of the free host's address in the order of due times.
    `INSERT INTO collect_url (url, host, kind, next_attempt_at)
     SELECT 'http://busy.example-gov.test/a' || i || '.html', 'busy.example-gov.test', 'article', now() - interval '1 day'
     FROM generate_series(1, $1::int) i`,
    [waiting],
  );
  await pool.query(
    `INSERT INTO collect_url (url, host, kind, next_attempt_at) VALUES ('http://free.example-gov.test/x.html', 'free.example-gov.test', 'article', now() - interval '1 second')`,
  );
  await pool.query('ANALYZE collect_url');
  const rounds = 200;
  let claiming = 0;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const c = await claim(pool, 60_000, null);
    claiming += performance.now() - started;
    if (!c.claimed) throw new Error('the free host’s address was not claimed');
    // Put back: the address queued again, its host free again.
    // (A second back: the columns keep milliseconds, and now() rounded up could still be ahead.)
    await pool.query(
      `UPDATE collect_url SET state = 'queued', lease_token = NULL, next_attempt_at = now() - interval '1 second' WHERE id = $1`,
      [c.claimed.id],
    );
    await pool.query(`UPDATE collect_host SET next_allowed_at = now() - interval '1 second' WHERE host = 'free.example-gov.test'`);
  }
  return claiming / rounds;
}

/** ms of a round trip that does nothing (SELECT 1): what a claim costs besides its own work. */
async function roundTrip(pool: import('pg').Pool): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 200; i++) await pool.query('SELECT 1');
  return (performance.now() - started) / 200;
}

let database: TestDatabase | null = null;

runMain(
  async () => {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        concurrency: { type: 'string', default: '4' },
        readers: { type: 'string' },
        waiting: { type: 'string', default: '20000' },
      },
    });
    const n = Number(positionals[0] ?? 1000);
    const concurrency = Number(values.concurrency);
    const readers = Number(values.readers ?? Math.max(1, os.availableParallelism()));
    if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(USAGE);

    const baseReader = createReader({ readers: 1 });
    const candidates: BaseReport[] = [];
    for (const file of bundledReportFiles(repoRoot)) {
      const read = await baseReader.read(new Uint8Array(readFileSync(file)), path.basename(file));
      if (read.ok) candidates.push({ name: path.basename(file), text: read.text, result: read.result });
    }
    await baseReader.close();
    const generator = syntheticReports(candidates);
    const texts: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; texts.length < n; i++) {
      const bytes = generator.variant(i).bytes;
      if (seen.has(contentHash(bytes))) continue;
      seen.add(contentHash(bytes));
      texts.push(bytes.toString('utf8'));
    }

    const site = await startFixtureSite({ generated: { count: n, text: (i) => texts[i]! } });
    database = await startTestDatabase();
    const pool = createPool(database.url, { max: concurrency + 2 });
    const reader = createReader({ readers });
    const summary = emptySummary();
    const collector = createCollector({
      pool,
      reader,
      settings: { ...settingsFromEnv(), pauseMs: 0, retryBaseMs: 100 },
      resolver: site.resolver,
      allowLoopback: true,
      onVisit: (v) => tally(summary, v),
    });
    console.log(
      `Collecting a column of ${n} report pages from ${site.origin}/gen/ (${concurrency} claims at a time, ${readers} reader processes, politeness off)`,
    );
    try {
      const started = performance.now();
      const seeds = await addSeeds(pool, [`${site.origin}/gen/index.html`], { revisitMs: 0, refresh: false });
      const progress = setInterval(() => console.log(`  ${summary.saved} reports, ${site.requests.length} requests`), 10_000);
      await runCollector(collector, seeds, concurrency);
      clearInterval(progress);
      const seconds = (performance.now() - started) / 1000;
      const stored = Number((await pool.query('SELECT count(*) FROM report')).rows[0].count);
      const requests = site.requests.length;
      const perHost = new Map<string, number>();
      for (const r of site.requests) perHost.set(r.host, (perHost.get(r.host) ?? 0) + 1);
      const busiest = Math.max(...perHost.values());
      // One request at a time per host, the default pause after each: the busiest host sets the pace.
      const fetchSeconds = seconds / Math.max(1, requests);
      const politeSeconds = busiest * (COLLECTOR_DEFAULTS.pauseMs / 1000 + fetchSeconds);
      console.log(
        [
          `${stored} reports stored (${summary.saved} new, ${summary.failed.length + summary.refused.length} failed or refused) from ${requests} requests in ${seconds.toFixed(1)} s`,
          `  ${(summary.saved / seconds).toFixed(1)} reports/s, ${(requests / seconds).toFixed(1)} requests/s (politeness off)`,
          `  a polite run at the default pause (${COLLECTOR_DEFAULTS.pauseMs} ms per host, ${busiest} requests on the busiest host) would take ` +
            `about ${(politeSeconds / 60).toFixed(1)} min (computed, not slept)`,
        ].join('\n'),
      );
      const waiting = Number(values.waiting);
      const perClaim = await claimBehindBusyHost(pool, waiting);
      console.log(
        `  claim with ${waiting} addresses waiting behind a paused host: ${perClaim.toFixed(2)} ms (one round trip; SELECT 1 takes ${(await roundTrip(pool)).toFixed(2)} ms)`,
      );
      return stored === n ? 0 : 1;
    } finally {
      await reader.close();
      await pool.end();
      await site.close();
    }
  },
  async () => {
    await database?.stop();
  },
);
