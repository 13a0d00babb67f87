// Benchmark (not a test) of the officers' views: server time of /coverage (every province × year),
// /coverage?province=<the province with most reports>, and /p/<its slug> (ranked on 实质公开率),
// as p50/p95 over repeated requests to a running app, beside the time of the coverage SQL alone
// (reads of held_count and held_year), with the CPU per request of the app server (--pid) and of the embedded
// PostgreSQL (every process of DATA_DIR's server, when DATABASE_URL is not set).
// Each page twice: as visitors get it between two writes (its queries kept per data version), and
// "after a write": the data version is moved on before each request (UPDATE data_version, which
// is what every committed write does), so every query runs again.
// First computes the quality checks still queued (as npm start does), and prints how long that took.
//
//   DATABASE_URL=… npx tsx scripts/bench-officer.ts [--url http://localhost:3000] [--runs 40] [--pid <app server pid>]
//
// DATABASE_URL is the database the app serves; without it the open embedded database of DATA_DIR
// is used. Exit 0, or 1 when a request fails.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../lib/db/database';
import { dataDirFromEnv } from '../lib/db/embedded';
import { provinceSlug } from '../lib/db/jurisdictions/province-slugs';
import { HELD_BY_PROVINCE, heldSql } from '../lib/db/queries/coverage/held-sql';
import { createPool } from '../lib/db/pool';
import { queueOutdatedQuality, refreshQuality } from '../lib/db/quality/refresh';
import { busiestProvinceYear, postgresCpuSeconds, processCpu, serverBench, type CpuMeter } from './lib/bench';
import { repoRoot, runMain } from './lib/cli';

const { base, runs, get, time, report, serverCpu } = serverBench();

let close: () => Promise<void> = async () => undefined;

runMain(
  async () => {
    const database = await openDatabase(repoRoot);
    close = database.close;
    const pool = createPool(database.url, { max: 2 });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const started = performance.now();
      await queueOutdatedQuality(pool);
      const checked = await refreshQuality(pool);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `Quality checks computed for ${checked} queued reports in ${seconds.toFixed(1)} s${checked ? ` (${((seconds * 1000) / checked).toFixed(2)} ms per report)` : ''}`,
      );
      const size = (
        await client.query<{ reports: number; checked: number }>(
          'SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM report_quality) AS checked',
        )
      ).rows[0]!;
      const busiest = await busiestProvinceYear(client);
      const slug = provinceSlug(busiest.province)!;
      console.log(
        `Database: ${size.reports} reports, ${size.checked} checked (${database.description}); app at ${base}; ${runs} runs each`,
      );
      console.log(`Province: ${busiest.province} (${busiest.n} reports in ${busiest.year}); /p/${slug}\n`);

      // The PostgreSQL backend of this connection, whose CPU the queries below use (a server on this machine).
      const backendPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const backend = existsSync(`/proc/${backendPid}/stat`) ? [processCpu(backendPid, 'PostgreSQL')] : [];
      // Every process of the embedded PostgreSQL (the app's backends among them), for the pages.
      const dataDir = process.env.DATABASE_URL ? null : dataDirFromEnv(repoRoot);
      const postgres: CpuMeter[] =
        dataDir && postgresCpuSeconds(dataDir) !== null ? [{ of: 'PostgreSQL', seconds: () => postgresCpuSeconds(dataDir) ?? 0 }] : [];
      const pageCpu = [...serverCpu, ...postgres];
      report(
        'SQL: held division-years by province, year and status',
        await time(() => client.query(HELD_BY_PROVINCE.text, [2008, 2030]), { cpu: backend }),
      );
      const sqlProvince = `SELECT h.division_code, h.slug, h.year, h.status FROM (${heldSql('j.province = $1')}) h`;
      report(
        `SQL: held division-years of ${busiest.province}`,
        await time(() => client.query(sqlProvince, [busiest.province]), { cpu: backend }),
      );
      const province = encodeURIComponent(busiest.province);
      const pages: [string, string][] = [
        ['/coverage', '/coverage'],
        [`/coverage?province=${busiest.province}`, `/coverage?province=${province}`],
        [`/p/${slug}?y=${busiest.year}`, `/p/${slug}?y=${busiest.year}`],
      ];
      const write = () => client.query('UPDATE data_version SET version = version + 1, changed_at = now()');
      for (const [label, path] of pages) {
        report(`GET ${label}`, await time(() => get(path), { cpu: pageCpu }));
        report(`GET ${label}, after a write`, await time(() => get(path), { before: write, cpu: pageCpu }));
      }
    } finally {
      await client.end();
      await pool.end();
    }
  },
  () => close(),
);
