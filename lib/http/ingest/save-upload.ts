// Saving one uploaded file, for the /ingest page and POST /api/reports alike: the file is read
// afresh by the one ingest step and stored by the platform in one transaction, by the same-report
// rule, with the officer's meta corrections; nothing the client says about figures is used. Answers:
//   201 { status: 'saved', id, jurisdiction, year, issues }      a new report
//   200 { status: 'merged', id, jurisdiction, year, shown }      another copy of report `id`, kept as its source
//   200 { status: 'duplicate', id, jurisdiction, year }          these bytes are already stored
//   202 { status: 'queued', job: { id, url } }                   a scan (image-only PDF, image): recognition
//                                                                 is queued (lib/db/ocr); follow job.url
//   422 { error: { code: 'refused', message, refusal: { code, message: { zh, en }, httpStatus } } }
// Location is the report's API address in the first three. The answer is built from what was just
// read and written: the report is not read back.

import 'server-only';
import { pool } from '@/lib/db/client';
import { ingestBytes } from '@/lib/db/ingest';
import { jsonError } from '../errors';
import type { UploadedFile } from '../upload';
import { parseCorrections } from './corrections';
import { reviewIssues } from './review';
import type { QueuedAnswer, SaveAnswer } from './types';

export async function saveUpload(upload: UploadedFile): Promise<Response> {
  const corrections = parseCorrections(upload.fields.corrections);
  if (!corrections.ok) return jsonError(400, 'bad_request', `corrections: ${corrections.reason}`, { param: 'corrections' });
  const result = await ingestBytes(pool, upload.bytes, upload.name, undefined, { corrections: corrections.value });
  if (result.status === 'queued') {
    const url = `/api/ocr-jobs/${result.jobId}`;
    const answer: QueuedAnswer = { status: 'queued', job: { id: result.jobId, url } };
    return Response.json(answer, { status: 202, headers: { Location: url, 'Cache-Control': 'no-store' } });
  }
  if (result.status === 'refused') {
    const { code, message, httpStatus } = result;
    return jsonError(httpStatus, httpStatus === 413 ? 'too_large' : 'refused', message.en, { refusal: { code, message, httpStatus } });
  }
  const headers = { Location: `/api/reports/${result.reportId}`, 'Cache-Control': 'no-store' };
  const base = { id: result.reportId, jurisdiction: result.jurisdiction, year: result.year };
  const answer: SaveAnswer =
    result.status === 'saved'
      ? { status: 'saved', ...base, issues: reviewIssues(result).map(({ id: _id, ...issue }) => issue) }
      : result.status === 'merged'
        ? { status: 'merged', ...base, shown: result.shown }
        : { status: 'duplicate', ...base };
  return Response.json(answer, { status: result.status === 'saved' ? 201 : 200, headers });
}
