// Saving one uploaded file, for the /ingest page and POST /api/reports alike: the file is read
// afresh (extract, parse) and stored by the platform in one transaction with the officer's meta
// corrections; nothing the client says about figures is used. Answers:
//   201 { status: 'saved', id, jurisdiction, year, issues }
//   200 { status: 'duplicate', id, jurisdiction, year }   (same bytes already stored; Location set)
//   422 { error: { code: 'refused', message, refusal: { code, message: { zh, en } } } }

import 'server-only';
import { pool } from '@/lib/db/client';
import { ingestBytes } from '@/lib/db/ingest';
import { defaultDeps } from '@/lib/db/ingest/deps';
import { getReport } from '@/lib/db/queries/report/get-report';
import { toApiReportDetail } from '@/lib/db/queries/reshape';
import { jsonError } from '../errors';
import type { UploadedFile } from '../upload';
import { parseCorrections } from './corrections';
import type { SaveAnswer } from './types';

export async function saveUpload(upload: UploadedFile): Promise<Response> {
  const corrections = parseCorrections(upload.fields.corrections);
  if (!corrections.ok) return jsonError(400, 'bad_request', `corrections: ${corrections.reason}`, { param: 'corrections' });
  const result = await ingestBytes(pool, upload.bytes, upload.name, defaultDeps, { corrections: corrections.value });
  if (result.status === 'refused') {
    return jsonError(422, 'refused', result.reason.en, { refusal: { code: result.code, message: result.reason } });
  }
  const stored = await getReport(result.reportId);
  if (!stored) throw new Error(`report ${result.reportId} vanished after saving`);
  const report = toApiReportDetail(stored);
  const headers = { Location: `/api/reports/${report.id}`, 'Cache-Control': 'no-store' };
  const answer: SaveAnswer =
    result.status === 'saved'
      ? { status: 'saved', id: report.id, jurisdiction: report.jurisdiction, year: report.year, issues: report.issues }
      : { status: 'duplicate', id: report.id, jurisdiction: report.jurisdiction, year: report.year };
  return Response.json(answer, { status: result.status === 'saved' ? 201 : 200, headers });
}
