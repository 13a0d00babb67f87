// `npm run bench:ingest -- <N> [--data-dir DIR] [--readers R] [--write-only] [--offset K]`: generate N distinct
// valid reports of the national synthetic corpus (lib/db/testing/synthetic-reports.ts: 2008–2025,
// governments and their departments, one report per body-year), ingest them through
// the whole pipeline (extract and parse in R reader processes, the same-report rule, one
// transaction per report; the quality checks left queued for `npm start` or bench:officer to
// compute in batches, as a bulk load does) and print
// reports/s and total time. --write-only skips extraction and parsing (the generator knows each
// variant's figures) to measure the database side alone. --offset K starts at the K-th variant, to
// add N new reports to a database a run already filled (the variants are deterministic; the
// corpus plan is that of one million reports, or of K + N when more).
// Database: DATABASE_URL; else a throwaway embedded PostgreSQL, or with --data-dir one kept in DIR
// for the dashboards' benchmarks (then: DATA_DIR=DIR npm start, or DATABASE_URL of that server).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPool } from '../lib/db/pool';
import { ingestBytes, storeRead, type IngestResult } from '../lib/db/ingest';
import type { JurisdictionCache } from '../lib/db/jurisdictions';
import { createReader } from '../lib/ingest';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { postgresCpuSeconds, reapedChildrenCpuSeconds } from './lib/bench';
import { runMain, UsageError } from './lib/cli';
import { bundledGenerator, variantInput } from './lib/synthetic';

const USAGE = 'Usage: npm run bench:ingest -- <N> [--data-dir DIR] [--readers R] [--write-only] [--offset K]';

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        readers: { type: 'string' },
        'write-only': { type: 'boolean' },
        offset: { type: 'string', default: '0' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

let database: TestDatabase | null = null;

runMain(
  async () => {
    const { values, positionals } = parseOptions();
    const n = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(n) || n <= 0) throw new UsageError(USAGE);
    const readers = Number(values.readers ?? Math.max(1, os.availableParallelism()));
    const dataDir = values['data-dir'];
    const writeOnly = values['write-only'] ?? false;
    const offset = Number(values.offset);
    if (!Number.isInteger(offset) || offset < 0) throw new UsageError('--offset takes a whole number of variants to skip');

    const generator = await bundledGenerator(Math.max(1_000_000, offset + n));

    let url = process.env.DATABASE_URL;
    if (!url) {
      // Durable settings, as `npm start` runs: the figures measure real writes.
      database = await startTestDatabase(dataDir ? { dataDir: path.resolve(dataDir), keep: true, ephemeral: false } : { ephemeral: false });
      url = database.url;
    }
    console.log(
      `Database: ${dataDir ? `embedded, kept in ${path.resolve(dataDir)}` : process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway embedded'}; ` +
        (writeOnly ? 'writes only (no extraction or parsing)' : `${readers} reader processes`),
    );

    // Durable commits, as `npm run ingest` makes them.
    const pool = createPool(url, { max: readers + 2 });
    const reader = createReader({ readers });
    const counts: Record<IngestResult['status'], number> = { saved: 0, merged: 0, unchanged: 0, queued: 0, refused: 0 };
    const refusals = new Map<string, number>();
    const jurisdictions: JurisdictionCache = new Map();
    let next = 0;
    let done = 0;
    const pgCpuBefore = database ? postgresCpuSeconds(database.dataDir) : null;
    const cpuBefore = process.cpuUsage();
    const readersCpuBefore = reapedChildrenCpuSeconds();
    const started = performance.now();
    let lastReport = started;
    const worker = async () => {
      while (next < n) {
        // Variants are distinct: each is another body-year of the plan.
        const input = variantInput(generator.variant(offset + next++));
        const r = writeOnly
          ? await storeRead(pool, input, { jurisdictions, quality: 'batch' })
          : await ingestBytes(pool, input.bytes, input.fileName, { read: reader.read }, { jurisdictions, quality: 'batch' });
        counts[r.status]++;
        if (r.status === 'refused')
          refusals.set(
            `${r.code}: ${r.message.en} (e.g. ${r.fileName})`,
            (refusals.get(`${r.code}: ${r.message.en} (e.g. ${r.fileName})`) ?? 0) + 1,
          );
        done++;
        const now = performance.now();
        if (now - lastReport > 10_000) {
          lastReport = now;
          console.log(`  ${done}/${n}  ${(done / ((now - started) / 1000)).toFixed(0)} reports/s`);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(4, readers * 3) }, worker));
    } finally {
      await reader.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const readersCpuAfter = reapedChildrenCpuSeconds();
    const stats = (
      await pool.query(`SELECT count(*)::int AS reports, (SELECT count(*)::int FROM figure) AS figures,
                               count(*) FILTER (WHERE error_count > 0)::int AS failed_checks,
                               (SELECT count(*)::int FROM jurisdiction) AS jurisdictions FROM report`)
    ).rows[0];
    await pool.end();
    const cpu = process.cpuUsage(cpuBefore);
    // The backends' exit is reaped by the postmaster a moment after the pool closes.
    await new Promise((r) => setTimeout(r, 300));
    const pgCpuAfter = database ? postgresCpuSeconds(database.dataDir) : null;
    const perReport = (seconds: number) => `${((seconds * 1000) / n).toFixed(2)} ms`;
    console.log(
      `\n${n} reports in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(1)} reports/s ` +
        `(saved ${counts.saved}, merged ${counts.merged}, unchanged ${counts.unchanged}, refused ${counts.refused})` +
        `\ndatabase now: ${stats.reports} reports, ${stats.figures} figures, ${stats.jurisdictions} jurisdictions; reports with failed checks: ${stats.failed_checks}`,
    );
    console.log(
      `CPU per report: ${perReport((cpu.user + cpu.system) / 1e6)} in this process` +
        (readersCpuBefore !== null && readersCpuAfter !== null
          ? `, ${perReport(readersCpuAfter - readersCpuBefore)} in the reader processes`
          : '') +
        (pgCpuBefore !== null && pgCpuAfter !== null ? `, ${perReport(pgCpuAfter - pgCpuBefore)} in PostgreSQL` : ''),
    );
    for (const [reason, count] of refusals) console.log(`  refused ${count}× ${reason}`);
    return counts.refused ? 1 : 0;
  },
  async () => {
    await database?.stop();
  },
);
