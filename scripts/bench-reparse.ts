// `npm run bench:reparse -- <N> [--readers R]`: reparse throughput after a parser change, at N
// reports of the national synthetic corpus (lib/db/testing/synthetic-reports.ts), in a throwaway
// embedded PostgreSQL with durable settings. Prints:
// 1. the fill (N reports stored report by report, their figures known: no parse);
// 2. reading every stored text again, with no write: in R reader processes (extraction of a text
//    file + parse, as reparse reads today), and parsed in this process alone;
// 3. `npm run reparse` itself (lib/db/ingest/reparse.ts reparseStale: every report marked stale,
//    re-read from its stored original, its parse replaced atomically, then duplicates merged);
// 4. re-extraction of the bundled PDFs (what a reparse costs per report when the extractor
//    changes and originals are PDFs, not text).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storeRead } from '../lib/db/ingest';
import { bundledReportFiles } from '../lib/db/ingest/bundled';
import { reparseStale } from '../lib/db/ingest/reparse';
import type { JurisdictionCache } from '../lib/db/jurisdictions';
import { createPool } from '../lib/db/pool';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { extractText } from '../lib/extract';
import { createReader } from '../lib/ingest';
import { parseReport } from '../lib/parser';
import { postgresCpuSeconds, reapedChildrenCpuSeconds } from './lib/bench';
import { repoRoot, runMain, UsageError } from './lib/cli';
import { bundledGenerator, variantInput } from './lib/synthetic';

const USAGE = 'Usage: npm run bench:reparse -- <N> [--readers R]';

let database: TestDatabase | null = null;

/** Wall time, and CPU of this process, of PostgreSQL and of reaped children (the reader processes once closed). */
function meter() {
  const cpu = process.cpuUsage();
  const pg = postgresCpuSeconds(database!.dataDir);
  const children = reapedChildrenCpuSeconds();
  const started = performance.now();
  return (n: number, label: string) => {
    const seconds = (performance.now() - started) / 1000;
    const own = process.cpuUsage(cpu);
    const per = (s: number | null) => (s === null ? '?' : ((s * 1000) / n).toFixed(2));
    const pgNow = postgresCpuSeconds(database!.dataDir);
    const childrenNow = reapedChildrenCpuSeconds();
    console.log(
      `${label}: ${n} reports in ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} reports/s; CPU per report (ms): ` +
        `${per((own.user + own.system) / 1e6)} this process, ${per(childrenNow !== null && children !== null ? childrenNow - children : null)} reader processes, ` +
        `${per(pgNow !== null && pg !== null ? pgNow - pg : null)} PostgreSQL`,
    );
    return n / seconds;
  };
}

runMain(
  async () => {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { readers: { type: 'string' } } });
    const n = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(n) || n <= 0) throw new UsageError(USAGE);
    const readers = Number(values.readers ?? Math.max(1, os.availableParallelism()));

    const generator = await bundledGenerator(Math.max(n, 1_000_000));
    database = await startTestDatabase({ ephemeral: false });
    const pool = createPool(database.url, { max: readers * 3 + 2 });
    try {
      // 1. The fill.
      const jurisdictions: JurisdictionCache = new Map();
      let next = 0;
      const fill = meter();
      await Promise.all(
        Array.from({ length: readers * 3 }, async () => {
          while (next < n) {
            const r = await storeRead(pool, variantInput(generator.variant(next++)), { jurisdictions });
            if (r.status !== 'saved') throw new Error(`${r.fileName}: ${r.status}`);
          }
        }),
      );
      fill(n, '1. fill (storeRead, report by report)');

      // 2. Every stored text read again, no write: in the reader processes (extract + parse, as
      // reparse reads today), then parsed in this process (stored text needs no isolation: the
      // parser is pure and bounded, lib/parser's worst cases stay under a second).
      const texts = async (each: (rows: { file_name: string; text: string }[]) => Promise<number>) => {
        let failed = 0;
        let after = 0;
        for (;;) {
          const { rows } = await pool.query<{ id: number; file_name: string; text: string }>(
            'SELECT id, file_name, text FROM report_source WHERE id > $1 ORDER BY id LIMIT 500',
            [after],
          );
          if (!rows.length) return failed;
          after = rows.at(-1)!.id;
          failed += await each(rows);
        }
      };
      let reader = createReader({ readers });
      const read = meter();
      const refusedInReaders = await texts(async (rows) => {
        const outcomes = await Promise.all(rows.map((r) => reader.read(Buffer.from(r.text, 'utf8'), r.file_name)));
        return outcomes.filter((o) => !o.ok).length;
      });
      await reader.close();
      read(
        n,
        `2a. parse of the stored texts in ${readers} reader processes, no write${refusedInReaders ? `; ${refusedInReaders} refused` : ''}`,
      );
      const parse = meter();
      const refusedHere = await texts(async (rows) => rows.filter((r) => !parseReport(r.text).ok).length);
      parse(n, `2b. parse of the stored texts in this process (one core), no write${refusedHere ? `; ${refusedHere} refused` : ''}`);

      // 3. npm run reparse: every report stale.
      await pool.query("UPDATE report SET parser_version = 'bench-stale'");
      reader = createReader({ readers });
      const reparse = meter();
      let lastResult = performance.now();
      const summary = await reparseStale(pool, { read: reader.read }, { onResult: () => (lastResult = performance.now()) });
      const mergeSeconds = (performance.now() - lastResult) / 1000;
      await reader.close();
      reparse(n, '3. npm run reparse (reparseStale: one report at a time, then the merge of duplicates)');
      console.log(
        `   re-read ${summary.reread}, kept ${summary.kept.length}, failed ${summary.failed.length}, merges ${summary.merges.length}; ` +
          `the merge pass took ${mergeSeconds.toFixed(1)} s`,
      );
    } finally {
      await pool.end();
    }

    // 4. Re-extraction of PDFs.
    const pdfs = bundledReportFiles(repoRoot).filter((f) => f.endsWith('.pdf'));
    const bytes = pdfs.map((f) => new Uint8Array(readFileSync(f)));
    for (const [k, b] of bytes.entries()) await extractText(b, path.basename(pdfs[k]!)); // warm-up
    const cpu = process.cpuUsage();
    const rounds = 5;
    for (let r = 0; r < rounds; r++) for (const [k, b] of bytes.entries()) await extractText(b, path.basename(pdfs[k]!));
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000 / (rounds * bytes.length);
    const kb = bytes.reduce((s, b) => s + b.byteLength, 0) / bytes.length / 1024;
    console.log(
      `4. re-extraction of the bundled PDFs (${bytes.length}, ${kb.toFixed(0)} kB on average): ${ms.toFixed(1)} ms CPU per PDF, one core`,
    );
    return 0;
  },
  async () => {
    await database?.stop();
  },
);
