// What `npm start` (and the ingest and reparse commands) do about the quality checks: compute those
// queued (new or changed reports, their next years, and reports checked by an older version of the
// checks), with progress. A failure here never stops the start: pages compute what is left.
import { createPool } from '../pool';
import { queueOutdatedQuality, refreshQuality } from './refresh';

const PROGRESS_EVERY_MS = 5000;

export async function refreshQualityNow(url: string, log: (line: string) => void): Promise<void> {
  const pool = createPool(url, { max: 2 });
  try {
    await queueOutdatedQuality(pool);
    const started = Date.now();
    let lastLog = started;
    const done = await refreshQuality(pool, {
      onProgress(n) {
        if (Date.now() - lastLog > PROGRESS_EVERY_MS) {
          lastLog = Date.now();
          log(`  ${n} reports checked…`);
        }
      },
    });
    if (done) log(`Quality checks computed for ${done} reports in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    log(`Did not compute the quality checks: ${(error as Error).message}. Pages compute them as they are read.`);
  } finally {
    await pool.end();
  }
}
