// POST /api/ingest/preview — the /ingest page sends one file (raw body, name in X-File-Name) and
// gets back what would be saved: meta, figures, issues; or the refusal; or the report already
// stored with the same content. Nothing is saved and nothing is kept on the server.

import { authorizeSession } from '@/lib/auth/guard';
import { contentHash } from '@/lib/db/ingest/prepare';
import { findReportByHash } from '@/lib/db/queries/report/find-report-by-hash';
import { privateRoute } from '@/lib/http/api-route';
import { maxUploadBytes } from '@/lib/http/body-limit';
import { processUpload, toReview } from '@/lib/http/ingest/process-upload';
import type { UploadReview } from '@/lib/http/ingest/types';
import { readUpload } from '@/lib/http/upload';
import { uploadErrorResponse } from '@/lib/http/upload-errors';

export const POST = privateRoute(async (request) => {
  const denied = authorizeSession(request);
  if (denied) return denied;
  const upload = await readUpload(request, maxUploadBytes()).catch(uploadErrorResponse);
  if (upload instanceof Response) return upload;
  const base = { fileName: upload.name, size: upload.bytes.byteLength, contentHash: contentHash(upload.bytes) };
  const existing = await findReportByHash(base.contentHash);
  const review: UploadReview = existing
    ? { ...base, status: 'duplicate', existing }
    : toReview(base, await processUpload(upload.bytes, upload.name));
  return Response.json(review, { headers: { 'Cache-Control': 'no-store' } });
});
