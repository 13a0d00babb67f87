// `npm run reparse`: re-read the stored originals of reports that an earlier parser version read
// (parser_version ≠ PARSER_VERSION), each atomically. Exit 1 when a report could not be re-read
// (it is then left as it was).
import { createPool } from '../lib/db/pool';
import { openDatabase, type OpenDatabase } from '../lib/db/database';
import { defaultDeps } from '../lib/db/ingest/deps';
import { progressReporter } from '../lib/db/ingest/progress';
import { reparseStale, staleReportIds } from '../lib/db/ingest/reparse';
import { PARSER_VERSION } from '../lib/parser/types';
import { repoRoot, runMain } from './lib/cli';

let database: OpenDatabase | null = null;

runMain(
  async () => {
    database = await openDatabase(repoRoot);
    const pool = createPool(database.url, { max: 2 });
    try {
      const ids = await staleReportIds(pool);
      if (!ids.length) {
        console.log(`Every report was read by parser ${PARSER_VERSION}: nothing to do.`);
        return 0;
      }
      console.log(`Re-reading ${ids.length} reports with parser ${PARSER_VERSION} (${database.description})`);
      const reporter = progressReporter(ids.length);
      const started = Date.now();
      const summary = await reparseStale(pool, defaultDeps, { ids, onResult: reporter.onResult });
      reporter.finish(summary, (Date.now() - started) / 1000);
      return summary.refused.length || summary.failed.length ? 1 : 0;
    } finally {
      await pool.end();
    }
  },
  async () => {
    await database?.close();
  },
);
