// `npm run ingest -- <files or folders…>`: parse and store reports (every format lib/extract reads,
// folders recursively). Each report is one transaction; known content is skipped; refusals are
// listed with their reasons and make the exit status 1.
// Database: DATABASE_URL, else the embedded one on DATA_DIR (the running `npm start` server's, or
// one started for this run).
import os from 'node:os';
import path from 'node:path';
import { createPool } from '../lib/db/pool';
import { openDatabase, type OpenDatabase } from '../lib/db/database';
import { loadPopulation, readPopulationCsv } from '../lib/db/jurisdictions';
import { ingestFiles } from '../lib/db/ingest/batch';
import { defaultDeps } from '../lib/db/ingest/deps';
import { parallelDeps } from '../lib/db/ingest/parallel';
import { collectFiles } from '../lib/db/ingest/files';
import { progressReporter } from '../lib/db/ingest/progress';
import { repoRoot, runMain, UsageError } from './lib/cli';

let database: OpenDatabase | null = null;

runMain(
  async () => {
    const args = process.argv.slice(2).filter((a) => a !== '--');
    if (!args.length) throw new UsageError('Name the files or folders to ingest: npm run ingest -- data/reports/seeds report.pdf');
    const { files, missing } = collectFiles(args);
    if (missing.length) throw new UsageError(`Not found: ${missing.join(', ')}`);
    if (!files.length) throw new UsageError(`No report files (${'txt, md, html, pdf, docx'}) in ${args.join(', ')}`);

    database = await openDatabase(repoRoot);
    console.log(`Ingesting ${files.length} files into ${database.description}`);
    // Durable commits: a report listed as saved survives a crash of PostgreSQL or the machine.
    const pool = createPool(database.url, { max: 4 });
    // Parsing is the costly part: for more than a handful of files, parse on every core.
    const threads = files.length >= 20 ? os.availableParallelism() : 0;
    const parallel = threads > 1 ? parallelDeps(threads) : null;
    const deps = parallel ?? defaultDeps;
    try {
      const reporter = progressReporter(files.length);
      const started = Date.now();
      const summary = await ingestFiles(pool, files, deps, {
        onResult: reporter.onResult,
        baseDir: commonDir(files),
        concurrency: Math.max(4, threads * 3),
      });
      await loadPopulation(pool, readPopulationCsv(path.join(repoRoot, 'data/population.csv')));
      reporter.finish(summary, (Date.now() - started) / 1000);
      return summary.refused.length || summary.failed.length ? 1 : 0;
    } finally {
      await parallel?.close();
      await pool.end();
    }
  },
  async () => {
    await database?.close();
  },
);

/** Names are shown (and stored) relative to the folder all files share. */
function commonDir(files: string[]): string {
  let dir = path.dirname(files[0]!);
  while (!files.every((f) => f.startsWith(dir + path.sep))) dir = path.dirname(dir);
  return dir;
}
