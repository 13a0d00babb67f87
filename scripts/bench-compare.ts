// Benchmark (not a test) of /compare: server time (p50/p95 over repeated requests to a running
// app) of a 10-jurisdiction view and of "all in a province", and the first-load JavaScript of
// /compare, gzipped: every script the page's HTML loads, fetched from the app and gzipped here.
//
//   DATABASE_URL=… npx tsx scripts/bench-compare.ts [--url http://localhost:3000] [--runs 40]
//
// DATABASE_URL is the database the app serves (to pick the busiest year, province and ten
// jurisdictions); without it the open embedded database of DATA_DIR is used. Exit 0, or 1 when a
// request fails.
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { openDatabase } from '../lib/db/database';
import { busiestProvinceYear, serverBench } from './lib/bench';
import { repoRoot, runMain } from './lib/cli';

const { base, runs, get, time, report } = serverBench();

async function firstLoadJs(path: string): Promise<{ files: number; raw: number; gzip: number }> {
  const html = await get(path);
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const bytes = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}

let close: () => Promise<void> = async () => undefined;

runMain(
  async () => {
    const database = await openDatabase(repoRoot);
    close = database.close;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const size = (await client.query<{ reports: number }>('SELECT count(*)::int AS reports FROM report')).rows[0]!;
      const busiest = await busiestProvinceYear(client);
      const ten = (
        await client.query<{ slug: string }>(
          `SELECT j.slug FROM jurisdiction j WHERE EXISTS (SELECT 1 FROM report r WHERE r.jurisdiction_id = j.id AND r.year = $1) ORDER BY j.slug LIMIT 10`,
          [busiest.year],
        )
      ).rows.map((r) => r.slug);
      const members = (
        await client.query<{ n: number }>('SELECT count(*)::int AS n FROM jurisdiction WHERE province = $1', [busiest.province])
      ).rows[0]!.n;
      console.log(`Database: ${size.reports} reports (${database.description}); app at ${base}; ${runs} runs each`);
      console.log(`Year ${busiest.year}; province ${busiest.province}: ${members} jurisdictions, ${busiest.n} reports that year\n`);

      const province = encodeURIComponent(busiest.province);
      const views: [string, string][] = [
        [`/compare 10 jurisdictions, new applications`, `/compare?j=${ten.join(',')}&y=${busiest.year}`],
        [`/compare 10 jurisdictions, disclosure rate`, `/compare?j=${ten.join(',')}&y=${busiest.year}&m=disclosure-rate`],
        [`/compare all in ${busiest.province}, new applications`, `/compare?province=${province}&y=${busiest.year}`],
        [`/compare all in ${busiest.province}, outcomes (stacked)`, `/compare?province=${province}&y=${busiest.year}&chart=stacked`],
        [`/compare all in ${busiest.province}, lines over all years`, `/compare?province=${province}&chart=line`],
      ];
      for (const [label, path] of views) report(label, await time(() => get(path)));
      const js = await firstLoadJs(`/compare?j=${ten.join(',')}&y=${busiest.year}`);
      console.log(
        `\nFirst-load JS of /compare: ${js.files} scripts, ${(js.raw / 1024).toFixed(1)} kB raw, ${(js.gzip / 1024).toFixed(1)} kB gzipped`,
      );
    } finally {
      await client.end();
    }
  },
  () => close(),
);
