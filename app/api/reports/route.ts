// GET /api/reports — reports by id, filtered by jurisdiction, year, scope, format; paginated.
// POST /api/reports — `Authorization: Bearer <INGEST_TOKEN>` and a file (multipart `file`, or the
// raw body with X-File-Name): parsed and saved (201), already stored (200), refused (422).
// This path is outside proxy.ts's matcher so the body is streamed against MAX_UPLOAD_BYTES here.

import { authorizeBearer } from '@/lib/auth/guard';
import { listReports } from '@/lib/db/queries/report/list-reports';
import { jurisdictionsSpec, limitSpec, reportFormatSpec, scopeSpec, yearSpec } from '@/lib/http/api-params';
import { badParameter, cachedJson, privateRoute, publicRoute } from '@/lib/http/api-route';
import { maxUploadBytes } from '@/lib/http/body-limit';
import { preflight } from '@/lib/http/cors';
import { saveUpload } from '@/lib/http/ingest/save-upload';
import { cursorParam, encodeCursor, optional, parseQuery } from '@/lib/http/query-params';
import { readUpload } from '@/lib/http/upload';
import { uploadErrorResponse } from '@/lib/http/upload-errors';

const specs = {
  jurisdiction: jurisdictionsSpec,
  year: yearSpec,
  scope: scopeSpec,
  format: reportFormatSpec,
  cursor: optional(
    cursorParam((t) => (/^\d{1,10}$/.test(t) ? Number(t) : null)),
    'the nextCursor of a previous page',
  ),
  limit: limitSpec,
};

export const GET = publicRoute(async (request) => {
  const query = parseQuery(new URL(request.url).searchParams, specs);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { jurisdiction, year, scope, format, cursor, limit } = query.values;
  const page = await listReports({ jurisdictions: jurisdiction, year, scope, format, afterId: cursor, limit });
  return cachedJson(request, { data: page.data, nextCursor: page.nextAfter ? encodeCursor(String(page.nextAfter)) : null });
});

export const OPTIONS = publicRoute(async () => preflight());

export const POST = privateRoute(async (request) => {
  const denied = authorizeBearer(request);
  if (denied) return denied;
  const upload = await readUpload(request, maxUploadBytes()).catch(uploadErrorResponse);
  return upload instanceof Response ? upload : saveUpload(upload);
});
