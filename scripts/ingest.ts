// `npm run ingest -- <files or folders…>`: read and store reports (every format lib/extract reads,
// folders recursively) through the one ingest step (lib/ingest: reader processes with time and
// memory limits). Each report is one transaction; known content is skipped; a copy of a stored
// report becomes another source of it; refusals are listed with their reasons and make the exit
// status 1.
// Database: DATABASE_URL, else the embedded one on DATA_DIR (the running `npm start` server's, or
// one started for this run).
import path from 'node:path';
import { createPool } from '../lib/db/pool';
import { openDatabase, type OpenDatabase } from '../lib/db/database';
import { loadPopulation, readPopulationCsv } from '../lib/db/jurisdictions';
import { defaultDeps } from '../lib/db/ingest';
import { ingestFiles } from '../lib/db/ingest/batch';
import { refreshQualityNow } from '../lib/db/quality/on-start';
import { collectFiles, REPORT_EXTENSIONS } from '../lib/db/ingest/files';
import { describeIngest, ingestSummary, progressReporter } from '../lib/db/ingest/progress';
import { readerLimits } from '../lib/ingest';
import { runInBackground } from '../lib/priority';
import { repoRoot, runMain, UsageError } from './lib/cli';

let database: OpenDatabase | null = null;

runMain(
  async () => {
    // Background work: the server's pages come first on a shared machine.
    runInBackground();
    const args = process.argv.slice(2).filter((a) => a !== '--');
    if (!args.length) throw new UsageError('Name the files or folders to ingest: npm run ingest -- data/reports/seeds report.pdf');
    const { files, missing } = collectFiles(args);
    if (missing.length) throw new UsageError(`Not found: ${missing.join(', ')}`);
    if (!files.length) throw new UsageError(`No report files (${REPORT_EXTENSIONS.join(', ')}) in ${args.join(', ')}`);

    database = await openDatabase(repoRoot);
    console.log(`Ingesting ${files.length} files into ${database.description}`);
    // Durable commits: a report listed as saved survives a crash of PostgreSQL or the machine.
    const pool = createPool(database.url, { max: 4 });
    try {
      const reporter = progressReporter(files.length, describeIngest);
      const started = Date.now();
      // Enough files in flight to keep every reader process busy while others are stored.
      const summary = await ingestFiles(pool, files, defaultDeps, {
        onResult: reporter.onResult,
        baseDir: commonDir(files),
        concurrency: Math.max(4, readerLimits().readers * 3),
      });
      if (!summary.stopped) await loadPopulation(pool, readPopulationCsv(path.join(repoRoot, 'data/population.csv')));
      reporter.finish(ingestSummary(summary, (Date.now() - started) / 1000));
      if (!summary.stopped) await refreshQualityNow(database.url, console.log);
      return summary.refused.length || summary.failed.length || summary.stopped ? 1 : 0;
    } finally {
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
