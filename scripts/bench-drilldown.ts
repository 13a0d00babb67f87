// Benchmark (not a test) of the drill-down pages: server time of /table sorted by a figure and
// filtered to one province, and of /j/<slug>, as p50/p95 over repeated requests to a running app,
// beside the time of the /table SQL alone.
//
//   DATABASE_URL=… npx tsx scripts/bench-drilldown.ts [--url http://localhost:3000] [--runs 40]
//
// DATABASE_URL is the database the app serves (to pick the busiest province and jurisdiction);
// without it the open embedded database of DATA_DIR is used. Exit 0, or 1 when a request fails.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../lib/db/database';
import { countSql, pageSql } from '../lib/db/queries/table/sql';
import { repoRoot, runMain } from './lib/cli';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:3000' }, runs: { type: 'string', default: '40' } } });
const base = values.url!.replace(/\/$/, '');
const runs = Math.max(5, Number(values.runs) || 40);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function report(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} n=${sorted.length}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms`);
}

async function time(fn: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: compile, caches, connections
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function get(path: string): Promise<void> {
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
}

let close: () => Promise<void> = async () => undefined;

runMain(async () => {
  const database = await openDatabase(repoRoot);
  close = database.close;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const size = (await client.query<{ reports: number; figures: number }>('SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM figure) AS figures')).rows[0]!;
    const busiest = (
      await client.query<{ year: number; province: string; n: number }>(
        `SELECT r.year, j.province, count(*)::int AS n FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
         WHERE j.province IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC LIMIT 1`,
      )
    ).rows[0];
    const slug = (
      await client.query<{ slug: string; n: number }>('SELECT j.slug, count(*)::int AS n FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id GROUP BY 1 ORDER BY n DESC LIMIT 1')
    ).rows[0];
    if (!busiest || !slug) throw new Error('The database has no reports: run npm run ingest or npm run bench:ingest first.');
    console.log(`Database: ${size.reports} reports, ${size.figures} figures (${database.description}); app at ${base}; ${runs} runs each`);
    console.log(`/table: ${busiest.year}, ${busiest.province} (${busiest.n} reports); /j/${slug.slug} (${slug.n} reports)\n`);

    const province = encodeURIComponent(busiest.province);
    const query = {
      year: busiest.year,
      province: busiest.province,
      level: null,
      scope: null,
      failedOnly: false,
      columns: ['applications.new.total', 'applications.carriedOver.total', 'results.granted.total', 'results.partial.total', 'results.denied.total', 'results.unable.total', 'results.total.total', 'review.total', 'litigation.total', 'disclosure-rate'],
      sort: 'applications.new.total',
      dir: 'desc' as const,
      limit: 50,
      offset: 0,
    };
    const sql = pageSql(query);
    const count = countSql(query);
    report('SQL: /table page query (sorted by 新收, one province)', await time(async () => void (await client.query(sql.text, sql.values))));
    report('SQL: /table count query', await time(async () => void (await client.query(count.text, count.values))));
    const rateSql = pageSql({ ...query, sort: 'disclosure-rate' });
    report('SQL: /table page query (sorted by 实质公开率)', await time(async () => void (await client.query(rateSql.text, rateSql.values))));
    const allSql = pageSql({ ...query, province: null });
    report('SQL: /table page query (sorted by 新收, all provinces)', await time(async () => void (await client.query(allSql.text, allSql.values))));
    report(`GET /table?y=${busiest.year}&province=…&sort=applications.new.total`, await time(() => get(`/table?y=${busiest.year}&sort=applications.new.total&province=${province}`)));
    report(`GET /table?y=${busiest.year}&sort=applications.new.total (all)`, await time(() => get(`/table?y=${busiest.year}&sort=applications.new.total`)));
    report(`GET /j/${slug.slug}`, await time(() => get(`/j/${slug.slug}`)));
  } finally {
    await client.end();
  }
}, () => close());
