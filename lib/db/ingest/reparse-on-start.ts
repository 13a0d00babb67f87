// What `npm start` does about reports an older parser read (issue 9: the pages never show numbers
// the current parser no longer stands behind): re-reads them before serving, with progress, or
// says clearly that it did not and why. A failure here never stops the start.
import { createReader } from '../../ingest';
import { PARSER_VERSION } from '../../parser/types';
import { createPool } from '../pool';
import { describeReparse, reparseSummary } from './progress';
import { reparseStale, staleReportIds } from './reparse';

const PROGRESS_EVERY_MS = 5000;

/** `REPARSE_ON_START=0` leaves them as they are (a very large store: run `npm run reparse` later). */
export async function reparseOnStart(
  url: string,
  log: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const pool = createPool(url, { max: 2 });
  const reader = createReader();
  try {
    const ids = await staleReportIds(pool);
    if (!ids.length) return;
    if (env.REPARSE_ON_START === '0') {
      log(
        `Not re-reading the ${ids.length} reports an older parser read (REPARSE_ON_START=0): their figures are not parser ${PARSER_VERSION}'s until npm run reparse.`,
      );
      return;
    }
    log(`Re-reading the ${ids.length} reports an older parser read, with parser ${PARSER_VERSION}…`);
    const started = Date.now();
    let lastLog = started;
    const summary = await reparseStale(pool, reader, {
      ids,
      onResult(result, done) {
        const line = describeReparse(result);
        if (line.problem) log(`  ${line.text}`);
        if (Date.now() - lastLog > PROGRESS_EVERY_MS || done === ids.length) {
          lastLog = Date.now();
          log(`  ${done}/${ids.length} re-read`);
        }
      },
    });
    for (const line of reparseSummary(summary, (Date.now() - started) / 1000)) log(line);
  } catch (error) {
    log(
      `Did not re-read the reports an older parser read: ${(error as Error).message}. They show that parser's figures until npm run reparse succeeds.`,
    );
  } finally {
    await reader.close();
    await pool.end();
  }
}
