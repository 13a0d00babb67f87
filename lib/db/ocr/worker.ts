// The OCR worker: takes queued scans one at a time (jobs.ts), has each recognised in an OCR process
// with its own limits (lib/ingest/pool.ts running lib/ocr/child.ts: a time limit per scan, a heap
// cap, a resident-memory watch), reads what was recognised as a report (lib/ocr/read.ts: the one
// parser, guarded) and stores it through the one ingest step's store (lib/db/ingest), with the page
// images the viewer shows. `npm start` runs it as its own process at a lower priority.

import type pg from 'pg';
import type { ReadRefusal } from '../../ingest/types';
import type { RecogniseOutcome } from '../../ocr';
import { createOcrPool, ocrWorkerLimits, type OcrPool, type OcrWorkerLimits } from '../../ocr/pool';
import { readRecognised } from '../../ocr/read';
import { contentHash, defaultDeps, findByHash, ingestBytes } from '../ingest';
import { reparseStale } from '../ingest/reparse';
export { createOcrPool, ocrWorkerLimits, type OcrPool, type OcrWorkerLimits } from '../../ocr/pool';
import { claimOcrJob, finishOcrJob, reportOcrProgress, savePageImages, type ClaimedJob } from './jobs';

function isRefusal(o: RecogniseOutcome | ReadRefusal): o is Extract<RecogniseOutcome | ReadRefusal, { ok: false }> {
  return !o.ok;
}

/** Pages recognised of a job (for a command's progress line). */
export type OcrProgress = (job: { id: number; fileName: string }, done: number, total: number) => void;

async function run(db: pg.Pool, ocr: OcrPool, job: ClaimedJob, limits: OcrWorkerLimits, onProgress?: OcrProgress): Promise<void> {
  const bytes = new Uint8Array(job.original.buffer, job.original.byteOffset, job.original.byteLength);
  const outcome = await ocr.run({ bytes, limits: { maxPages: limits.maxPages }, images: job.images }, (p) => {
    const { done, total } = p as { done: number; total: number };
    onProgress?.(job, done, total);
    void reportOcrProgress(db, job.id, done, total).catch(() => undefined);
  });
  if (isRefusal(outcome)) {
    await finishOcrJob(db, job.id, { status: 'refused', code: outcome.code, message: outcome.message }, null);
    return;
  }
  const { doc, images, fileType, mimeType } = outcome.recognised;
  const hash = contentHash(bytes);
  if ((await findByHash(db, hash)) !== null) {
    // Stored bytes reach the queue only when recognition is asked again (requeueStoredScans): the
    // source takes the new recognition, and its report is re-read from it.
    const { rows } = await db.query<{ report_id: number }>(
      'UPDATE report_source SET ocr = $2::jsonb WHERE content_hash = $1 RETURNING report_id',
      [hash, JSON.stringify(doc)],
    );
    await savePageImages(db, hash, images);
    const reportIds = rows.map((r) => r.report_id);
    const summary = await reparseStale(db, defaultDeps, { ids: reportIds });
    const failed = [...summary.kept, ...summary.failed][0];
    if (failed)
      await finishOcrJob(
        db,
        job.id,
        { status: 'refused', code: 'REPARSE_FAILED', message: { zh: '重新读取失败', en: failed.message } },
        null,
      );
    else await finishOcrJob(db, job.id, { status: 'unchanged' }, reportIds[0] ?? null);
    return;
  }
  const read = readRecognised(doc, job.fileName, { fileType, mimeType });
  const result = await ingestBytes(
    db,
    bytes,
    job.fileName,
    { read: async () => read },
    {
      facts: job.facts ?? undefined,
      corrections: job.corrections ?? undefined,
      scans: 'refuse',
      // A collected page's: kept with its source, for recognising it again without fetching.
      images: job.images,
    },
  );
  // `scans: 'refuse'`: what was recognised is never queued again.
  if (result.status === 'queued') throw new Error('a recognised scan was queued again');
  if (result.status === 'refused') {
    await finishOcrJob(db, job.id, { status: 'refused', code: result.code, message: result.message }, null);
    return;
  }
  await savePageImages(db, hash, images);
  await finishOcrJob(db, job.id, { status: result.status }, result.reportId);
}

/** Takes and finishes one job; false when none was waiting. */
export async function runOneOcrJob(db: pg.Pool, ocr: OcrPool, limits: OcrWorkerLimits, onProgress?: OcrProgress): Promise<boolean> {
  const job = await claimOcrJob(db);
  if (!job) return false;
  try {
    await run(db, ocr, job, limits, onProgress);
  } catch (error) {
    await finishOcrJob(
      db,
      job.id,
      {
        status: 'refused',
        code: 'READER_FAILED',
        message: { zh: '识别失败', en: `Recognition failed: ${String((error as Error)?.message ?? error)}` },
      },
      null,
    ).catch(() => undefined);
  }
  return true;
}

/** Works the queue until `signal` aborts, polling every `pollMs` when it is empty. */
export async function runOcrWorker(
  db: pg.Pool,
  options: { root: string; limits?: OcrWorkerLimits; pollMs?: number; signal?: AbortSignal; log?: (line: string) => void },
): Promise<void> {
  const limits = options.limits ?? ocrWorkerLimits();
  const ocr = createOcrPool(limits, options.root);
  try {
    while (!options.signal?.aborted) {
      const worked = await runOneOcrJob(db, ocr, limits).catch((error: unknown) => {
        options.log?.(`OCR worker: ${String((error as Error)?.message ?? error)}`);
        return false;
      });
      if (!worked) await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 2000));
    }
  } finally {
    await ocr.close();
  }
}
