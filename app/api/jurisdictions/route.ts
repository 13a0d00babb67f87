// GET /api/jurisdictions — every jurisdiction with its report count and years, by slug, paginated.

import { listJurisdictions } from '@/lib/db/queries/jurisdiction/list-jurisdictions';
import { JURISDICTIONS_PARAMS } from '@/lib/http/api-params';
import { badParameter, cachedJson, publicRoute } from '@/lib/http/api-route';
import { preflight } from '@/lib/http/cors';
import { encodeCursor, parseQuery } from '@/lib/http/query-params';

export const GET = publicRoute(async (request) => {
  const query = parseQuery(new URL(request.url).searchParams, JURISDICTIONS_PARAMS);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { province, level, cursor, limit } = query.values;
  const page = await listJurisdictions({ province, level, after: cursor, limit });
  return cachedJson(request, { data: page.data, nextCursor: page.nextAfter ? encodeCursor(page.nextAfter) : null });
});

export const OPTIONS = publicRoute(async () => preflight());
