// POST /api/ingest/preview — the /ingest page sends one file (raw body, name in X-File-Name) and
// gets back what would be saved: meta, figures, issues; or the refusal; or the report already
// stored with the same content. Nothing is saved and nothing is kept on the server.

import { authorizeSession } from '@/lib/auth/guard';
import { contentHash } from '@/lib/db/ingest/prepare';
import { findReportByHash } from '@/lib/db/queries/report/find-report-by-hash';
import { toReview } from '@/lib/http/ingest/review';
import type { UploadReview } from '@/lib/http/ingest/types';
import { uploadRoute } from '@/lib/http/ingest/upload-route';
import { readReport } from '@/lib/ingest';

export const POST = uploadRoute(authorizeSession, async (upload) => {
  const base = { fileName: upload.name, size: upload.bytes.byteLength, contentHash: contentHash(upload.bytes) };
  const existing = await findReportByHash(base.contentHash);
  const review: UploadReview = existing
    ? { ...base, status: 'duplicate', existing }
    : toReview(base, await readReport(upload.bytes, upload.name));
  return Response.json(review, { headers: { 'Cache-Control': 'no-store' } });
});
