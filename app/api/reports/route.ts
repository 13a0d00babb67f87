// GET /api/reports — reports by id, filtered by jurisdiction, year, scope, format; paginated.
// POST /api/reports — `Authorization: Bearer <INGEST_TOKEN>` and a file (multipart `file`, or the
// raw body with X-File-Name): a new report (201), another copy of a stored one or the same bytes
// again (200), refused (422; 413 over the size limit). See lib/http/ingest/save-upload.ts.
// This path is outside proxy.ts's matcher so the body is streamed against MAX_UPLOAD_BYTES here.

import { authorizeBearer } from '@/lib/auth/guard';
import { listReports } from '@/lib/db/queries/report/list-reports';
import { REPORTS_PARAMS } from '@/lib/http/api-params';
import { badParameter, cachedJson, publicRoute } from '@/lib/http/api-route';
import { preflight } from '@/lib/http/cors';
import { saveUpload } from '@/lib/http/ingest/save-upload';
import { uploadRoute } from '@/lib/http/ingest/upload-route';
import { encodeCursor, parseQuery } from '@/lib/http/query-params';

export const GET = publicRoute(async (request) => {
  const query = parseQuery(new URL(request.url).searchParams, REPORTS_PARAMS);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { jurisdiction, year, scope, format, cursor, limit } = query.values;
  const page = await listReports({ jurisdictions: jurisdiction, year, scope, format, afterId: cursor, limit });
  return cachedJson(request, { data: page.data, nextCursor: page.nextAfter ? encodeCursor(String(page.nextAfter)) : null });
});

export const OPTIONS = publicRoute(async () => preflight());

export const POST = uploadRoute(authorizeBearer, saveUpload);
