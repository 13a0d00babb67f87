// `npm run reparse`: re-read every source of the reports an earlier parser version read
// (parser_version ≠ PARSER_VERSION), each report atomically; remove stored texts that are now
// refused as not reports (saying so); then merge stored reports that are the same report.
// Exit 1 when a report could not be re-read (it is then left as it was). A scan is re-read from
// what was recognised when it was stored, never recognised again, unless asked: `--recognise`
// queues every stored scan for recognition again (npm start's OCR worker, or `npm run ingest --
// --recognise`, then gives each its new recognition and re-reads its report), a collected page with
// the images kept with it (no fetching); a page stored before its images were kept is named, and left.
import { createPool } from '../lib/db/pool';
import { openDatabase, type OpenDatabase } from '../lib/db/database';
import { defaultDeps } from '../lib/db/ingest';
import { describeReparse, progressReporter, reparseSummary } from '../lib/db/ingest/progress';
import { reparseStale, staleReportIds } from '../lib/db/ingest/reparse';
import { requeueStoredScans } from '../lib/db/ocr/jobs';
import { PARSER_VERSION } from '../lib/parser/types';
import { runInBackground } from '../lib/priority';
import { repoRoot, runMain } from './lib/cli';

let database: OpenDatabase | null = null;

runMain(
  async () => {
    // Background work: the server's pages come first on a shared machine.
    runInBackground();
    database = await openDatabase(repoRoot);
    const pool = createPool(database.url, { max: 2 });
    try {
      const ids = await staleReportIds(pool);
      console.log(
        ids.length
          ? `Re-reading ${ids.length} reports with parser ${PARSER_VERSION} (${database.description})`
          : `Every report was read by parser ${PARSER_VERSION}; looking for duplicates only (${database.description}).`,
      );
      const reporter = progressReporter(ids.length, describeReparse);
      const started = Date.now();
      const summary = await reparseStale(pool, defaultDeps, { ids, onResult: reporter.onResult });
      reporter.finish(reparseSummary(summary, (Date.now() - started) / 1000));
      if (process.argv.includes('--recognise')) {
        const { queued, notKept } = await requeueStoredScans(pool);
        for (const job of queued) console.log(`queued     ${job.fileName} for recognition again (job ${job.id}, /api/ocr-jobs/${job.id})`);
        for (const page of notKept) console.log(`not kept   ${page.fileName} (report ${page.reportId}): ${page.message.en}`);
        console.log(
          `${queued.length} stored scans queued for recognition again: npm start's OCR worker recognises them` +
            (notKept.length ? `; ${notKept.length} collected pages whose images were not kept left as they are.` : '.'),
        );
      }
      return summary.kept.length || summary.failed.length ? 1 : 0;
    } finally {
      await pool.end();
    }
  },
  async () => {
    await database?.close();
  },
);
