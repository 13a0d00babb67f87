// `npm run ingest -- [--recognise] <files or folders…>`: read and store reports (every format
// lib/extract reads, folders recursively) through the one ingest step (lib/ingest: reader processes
// with time and memory limits). Each report is one transaction; known content is skipped; a copy of
// a stored report becomes another source of it; refusals are listed with their reasons and make the
// exit status 1. Scans (image-only PDFs, images) are queued for text recognition, which `npm start`'s
// OCR worker does; `--recognise` does it here and now, with each scan's pages as progress.
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
import { getOcrJob } from '../lib/db/ocr/jobs';
import { createOcrPool, ocrWorkerLimits, runOneOcrJob, type OcrProgress } from '../lib/db/ocr/worker';
import { runInBackground } from '../lib/priority';
import { repoRoot, runMain, UsageError } from './lib/cli';

let database: OpenDatabase | null = null;

runMain(
  async () => {
    // Background work: the server's pages come first on a shared machine.
    runInBackground();
    const recognise = process.argv.includes('--recognise');
    const args = process.argv.slice(2).filter((a) => a !== '--' && a !== '--recognise');
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
      const waiting = summary.queued.length;
      if (waiting && !recognise)
        console.log(`${waiting} scans wait for text recognition: npm start's OCR worker reads them (or run again with --recognise).`);
      const recognition =
        waiting && recognise && !summary.stopped
          ? await recogniseQueued(
              pool,
              summary.queued.map((q) => q.jobId),
            )
          : 0;
      if (!summary.stopped) await refreshQualityNow(database.url, console.log);
      return summary.refused.length || summary.failed.length || summary.stopped || recognition ? 1 : 0;
    } finally {
      await pool.end();
    }
  },
  async () => {
    await database?.close();
  },
);

/** Works the OCR queue here until it is empty, a line per scan's page; the number of this run's scans that failed. */
async function recogniseQueued(pool: ReturnType<typeof createPool>, jobIds: number[]): Promise<number> {
  const limits = ocrWorkerLimits();
  const ocr = createOcrPool(limits, repoRoot);
  const progress: OcrProgress = (job, done, total) => console.log(`recognising ${job.fileName} (job ${job.id}): page ${done}/${total}`);
  try {
    while (await runOneOcrJob(pool, ocr, limits, progress));
  } finally {
    await ocr.close();
  }
  let failed = 0;
  for (const id of new Set(jobIds)) {
    const job = await getOcrJob(pool, id);
    if (!job) continue;
    if (job.status === 'failed') failed++;
    const outcome = job.outcome?.status === 'refused' ? `refused: ${job.outcome.message?.en} [${job.outcome.code}]` : job.outcome?.status;
    console.log(`${job.status.padEnd(10)} ${job.fileName} (job ${job.id}${job.reportId ? `, report ${job.reportId}` : ''}): ${outcome}`);
  }
  return failed;
}

/** Names are shown (and stored) relative to the folder all files share. */
function commonDir(files: string[]): string {
  let dir = path.dirname(files[0]!);
  while (!files.every((f) => f.startsWith(dir + path.sep))) dir = path.dirname(dir);
  return dir;
}
