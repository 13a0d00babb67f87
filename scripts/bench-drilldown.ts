// Benchmark (not a test) of the drill-down pages: server time of /table sorted by a figure and
// filtered to one province, and of /j/<slug>, as p50/p95 over repeated requests to a running app,
// beside the time of the /table SQL alone.
//
//   DATABASE_URL=… npx tsx scripts/bench-drilldown.ts [--url http://localhost:3000] [--runs 40]
//
// DATABASE_URL is the database the app serves (to pick the busiest province and jurisdiction);
// without it the open embedded database of DATA_DIR is used. Exit 0, or 1 when a request fails.
import pg from 'pg';
import { openDatabase } from '../lib/db/database';
import { countSql, pageSql } from '../lib/db/queries/report/table-sql';
import { DEFAULT_COLUMNS, PAGE_SIZE } from '../lib/view-state/table-params';
import { busiestProvinceYear, noReports, serverBench } from './lib/bench';
import { repoRoot, runMain } from './lib/cli';

const { base, runs, get, time, report } = serverBench();

let close: () => Promise<void> = async () => undefined;

runMain(
  async () => {
    const database = await openDatabase(repoRoot);
    close = database.close;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const size = (
        await client.query<{ reports: number; figures: number }>(
          'SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM figure) AS figures',
        )
      ).rows[0]!;
      const busiest = await busiestProvinceYear(client);
      const slug = (
        await client.query<{ slug: string; n: number }>(
          'SELECT j.slug, count(*)::int AS n FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id GROUP BY 1 ORDER BY n DESC LIMIT 1',
        )
      ).rows[0];
      if (!slug) throw noReports();
      console.log(
        `Database: ${size.reports} reports, ${size.figures} figures (${database.description}); app at ${base}; ${runs} runs each`,
      );
      console.log(`/table: ${busiest.year}, ${busiest.province} (${busiest.n} reports); /j/${slug.slug} (${slug.n} reports)\n`);

      const province = encodeURIComponent(busiest.province);
      const query = {
        year: busiest.year,
        province: busiest.province,
        level: null,
        scope: null,
        failedOnly: false,
        failedCheck: null,
        // The page's own default columns and page size, so the SQL timed is the one the page runs.
        columns: [...DEFAULT_COLUMNS],
        sort: 'applications.new.total',
        dir: 'desc' as const,
        limit: PAGE_SIZE,
        offset: 0,
      };
      const sql = pageSql(query);
      const count = countSql(query);
      report(
        'SQL: /table page query (sorted by 新收, one province)',
        await time(async () => void (await client.query(sql.text, sql.values))),
      );
      report('SQL: /table count query', await time(async () => void (await client.query(count.text, count.values))));
      const rateSql = pageSql({ ...query, sort: 'disclosure-rate' });
      report(
        'SQL: /table page query (sorted by 实质公开率)',
        await time(async () => void (await client.query(rateSql.text, rateSql.values))),
      );
      const allSql = pageSql({ ...query, province: null });
      report(
        'SQL: /table page query (sorted by 新收, all provinces)',
        await time(async () => void (await client.query(allSql.text, allSql.values))),
      );
      report(
        `GET /table?y=${busiest.year}&province=…&sort=applications.new.total`,
        await time(() => get(`/table?y=${busiest.year}&sort=applications.new.total&province=${province}`)),
      );
      report(
        `GET /table?y=${busiest.year}&sort=applications.new.total (all)`,
        await time(() => get(`/table?y=${busiest.year}&sort=applications.new.total`)),
      );
      report(`GET /j/${slug.slug}`, await time(() => get(`/j/${slug.slug}`)));
    } finally {
      await client.end();
    }
  },
  () => close(),
);
