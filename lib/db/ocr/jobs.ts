// The queue of scans waiting for text recognition (table ocr_job). A job holds the file's bytes
// and what came with them; the worker claims the oldest queued one — or a running one whose worker
// stopped renewing its lease — with FOR UPDATE SKIP LOCKED, so several workers never take the same.

import type pg from 'pg';
import type { Message, SourceFacts } from '../../ingest';
import type { PageImage } from '../../ocr/types';
import type { MetaCorrections } from '../ingest/prepare';
import { contentHash } from '../ingest/prepare';
import { buffer, keptSourceImages, pageImageOf, type PageImageRow } from '../ingest/source-images';
import { inTransaction, type Queryable } from '../ingest/write';

export type OcrJobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface OcrJobOutcome {
  status: 'saved' | 'merged' | 'unchanged' | 'refused';
  code?: string;
  message?: { zh: string; en: string };
}

export interface OcrJobView {
  id: number;
  fileName: string;
  status: OcrJobStatus;
  pagesDone: number;
  pagesTotal: number | null;
  reportId: number | null;
  outcome: OcrJobOutcome | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ClaimedJob {
  id: number;
  fileName: string;
  original: Buffer;
  facts: SourceFacts | null;
  corrections: MetaCorrections | null;
  attempts: number;
  /** A collected page's images (fetched, or why not), in the page's order. */
  images: PageImage[];
}

/** A job's lease: renewed with every page; a worker that dies lets it lapse and the job is claimed again. */
export const LEASE_SECONDS = 120;
/** Claimed this many times without finishing (its process killed each time): failed. */
export const MAX_ATTEMPTS = 2;

/** Queues a scan (or a collected page with its `images`); the same bytes already queued or running give that job back. */
export async function enqueueOcrJob(
  db: Queryable,
  bytes: Uint8Array,
  fileName: string,
  options: { facts?: SourceFacts; corrections?: MetaCorrections; images?: PageImage[] } = {},
): Promise<{ id: number; created: boolean }> {
  const hash = contentHash(bytes);
  const { rows } = await db.query<{ id: number; created: boolean }>(
    `WITH existing AS (
       SELECT id FROM ocr_job WHERE content_hash = $1 AND status IN ('queued', 'running') ORDER BY id LIMIT 1
     ), inserted AS (
       INSERT INTO ocr_job (content_hash, file_name, original, facts, corrections)
       SELECT $1, $2, $3, $4::jsonb, $5::jsonb WHERE NOT EXISTS (SELECT 1 FROM existing)
       RETURNING id
     )
     SELECT id, true AS created FROM inserted UNION ALL SELECT id, false FROM existing`,
    [
      hash,
      fileName,
      buffer(bytes),
      options.facts ? JSON.stringify(options.facts) : null,
      options.corrections ? JSON.stringify(options.corrections) : null,
    ],
  );
  const job = rows[0]!;
  if (job.created)
    for (const [position, i] of (options.images ?? []).entries())
      await db.query(
        'INSERT INTO ocr_job_image (job_id, position, src, url, content_type, bytes, unread) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
        [
          job.id,
          position,
          i.src,
          i.url,
          i.contentType ?? null,
          i.bytes ? buffer(i.bytes) : null,
          i.unread ? JSON.stringify(i.unread) : null,
        ],
      );
  return job;
}

/** A job's page images, in order. */
async function jobImages(db: Queryable, jobId: number): Promise<PageImage[]> {
  const { rows } = await db.query<PageImageRow>(
    'SELECT src, url, content_type, bytes, unread FROM ocr_job_image WHERE job_id = $1 ORDER BY position',
    [jobId],
  );
  return rows.map(pageImageOf);
}

export interface RequeuedScans {
  queued: { id: number; created: boolean; fileName: string }[];
  /** Collected pages stored before their images were kept: left with the recognition they have. */
  notKept: { reportId: number; fileName: string; message: Message }[];
}

const NOT_KEPT: Message = {
  zh: '该网页的图片未随其保存（保存于图片留存之前），无法重新识别；保留原有识别结果',
  en: 'its images were not kept (it was stored before collected pages’ images were): it cannot be recognised again and keeps the recognition it has',
};

/**
 * Recognition asked again for every stored scan (`npm run reparse -- --recognise`; a reparse never
 * recognises by itself): a job per source read by recognition, a collected page's with the images
 * kept with it (no fetching). The worker gives its source the new recognition and re-reads its report.
 */
export async function requeueStoredScans(pool: pg.Pool): Promise<RequeuedScans> {
  const { rows } = await pool.query<{ id: number; report_id: number; file_name: string; file_type: string }>(
    'SELECT id, report_id, file_name, file_type FROM report_source WHERE ocr IS NOT NULL ORDER BY id',
  );
  const out: RequeuedScans = { queued: [], notKept: [] };
  for (const row of rows) {
    const images = row.file_type === 'html' ? await keptSourceImages(pool, row.id) : [];
    if (row.file_type === 'html' && !images.some((i) => i.bytes)) {
      out.notKept.push({ reportId: row.report_id, fileName: row.file_name, message: NOT_KEPT });
      continue;
    }
    const source = await pool.query<{ original: Buffer }>('SELECT original FROM report_source WHERE id = $1', [row.id]);
    const original = source.rows[0]?.original;
    // The job and its images at once: a worker never claims it without them.
    if (original)
      out.queued.push({
        ...(await inTransaction(pool, (client) => enqueueOcrJob(client, original, row.file_name, { images }))),
        fileName: row.file_name,
      });
  }
  return out;
}

/** The next job to recognise, leased to the caller, or null. Jobs claimed too often fail here. */
export async function claimOcrJob(db: Queryable): Promise<ClaimedJob | null> {
  await db.query(
    `WITH failed AS (
       UPDATE ocr_job SET status = 'failed', finished_at = now(), locked_until = NULL,
              outcome = jsonb_build_object('status', 'refused', 'code', 'READER_FAILED',
                'message', jsonb_build_object('zh', '识别进程多次中止', 'en', 'The recognition process stopped too many times'))
       WHERE status = 'running' AND locked_until < now() AND attempts >= $1
       RETURNING id
     )
     DELETE FROM ocr_job_image WHERE job_id IN (SELECT id FROM failed)`,
    [MAX_ATTEMPTS],
  );
  const { rows } = await db.query<{
    id: number;
    file_name: string;
    original: Buffer;
    facts: SourceFacts | null;
    corrections: MetaCorrections | null;
    attempts: number;
  }>(
    `UPDATE ocr_job SET status = 'running', attempts = attempts + 1, started_at = now(), pages_done = 0,
            locked_until = now() + make_interval(secs => $1)
     WHERE id = (
       SELECT id FROM ocr_job
       WHERE status = 'queued' OR (status = 'running' AND locked_until < now())
       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
     )
     RETURNING id, file_name, original, facts, corrections, attempts`,
    [LEASE_SECONDS],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        fileName: r.file_name,
        original: r.original,
        facts: r.facts,
        corrections: r.corrections,
        attempts: r.attempts,
        images: await jobImages(db, r.id),
      }
    : null;
}

/** Pages recognised so far; renews the lease. */
export async function reportOcrProgress(db: Queryable, id: number, done: number, total: number): Promise<void> {
  await db.query(`UPDATE ocr_job SET pages_done = $2, pages_total = $3, locked_until = now() + make_interval(secs => $4) WHERE id = $1`, [
    id,
    done,
    total,
    LEASE_SECONDS,
  ]);
}

export async function finishOcrJob(db: Queryable, id: number, outcome: OcrJobOutcome, reportId: number | null): Promise<void> {
  // A page's images were needed for its recognition only (which keeps their addresses).
  await db.query('DELETE FROM ocr_job_image WHERE job_id = $1', [id]);
  await db.query(
    `UPDATE ocr_job SET status = $2::"OcrJobStatus", outcome = $3::jsonb, report_id = $4, finished_at = now(), locked_until = NULL
     WHERE id = $1`,
    [id, outcome.status === 'refused' ? 'failed' : 'done', JSON.stringify(outcome), reportId],
  );
}

/** The straightened page images of a scan (by its content hash), replacing any stored before. */
export async function savePageImages(
  db: Queryable,
  hash: string,
  pages: { page: number; width: number; height: number; jpeg: Uint8Array }[],
): Promise<void> {
  await db.query('DELETE FROM ocr_page WHERE content_hash = $1', [hash]);
  for (const p of pages)
    await db.query('INSERT INTO ocr_page (content_hash, page, width, height, image) VALUES ($1, $2, $3, $4, $5)', [
      hash,
      p.page,
      p.width,
      p.height,
      buffer(p.jpeg),
    ]);
}

export async function getOcrJob(db: pg.Pool, id: number): Promise<OcrJobView | null> {
  const { rows } = await db.query<{
    id: number;
    file_name: string;
    status: OcrJobStatus;
    pages_done: number;
    pages_total: number | null;
    report_id: number | null;
    outcome: OcrJobOutcome | null;
    created_at: Date;
    finished_at: Date | null;
  }>('SELECT id, file_name, status, pages_done, pages_total, report_id, outcome, created_at, finished_at FROM ocr_job WHERE id = $1', [id]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    fileName: r.file_name,
    status: r.status,
    pagesDone: r.pages_done,
    pagesTotal: r.pages_total,
    reportId: r.report_id,
    outcome: r.outcome,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

/** A scan's page image (JPEG), or null. */
export async function getPageImage(db: Queryable, hash: string, page: number): Promise<Buffer | null> {
  const { rows } = await db.query<{ image: Buffer }>('SELECT image FROM ocr_page WHERE content_hash = $1 AND page = $2', [hash, page]);
  return rows[0]?.image ?? null;
}
