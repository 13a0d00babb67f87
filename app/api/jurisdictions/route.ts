// GET /api/jurisdictions — every jurisdiction with its report count and years, by slug, paginated.

import { listJurisdictions } from '@/lib/db/queries/jurisdiction/list-jurisdictions';
import { limitSpec } from '@/lib/http/api-params';
import { badParameter, cachedJson, publicRoute } from '@/lib/http/api-route';
import { preflight } from '@/lib/http/cors';
import { cursorParam, encodeCursor, optional, parseQuery, patternParam, SLUG_PATTERN } from '@/lib/http/query-params';

const specs = {
  province: optional(patternParam(/^\S{1,40}$/u, 'a province name'), 'a province name such as 安徽省'),
  level: optional(patternParam(/^[a-z]{1,20}$/, 'a level'), 'province, prefecture, county, district or zone'),
  cursor: optional(
    cursorParam((t) => (SLUG_PATTERN.test(t) ? t : null)),
    'the nextCursor of a previous page',
  ),
  limit: limitSpec,
};

export const GET = publicRoute(async (request) => {
  const query = parseQuery(new URL(request.url).searchParams, specs);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { province, level, cursor, limit } = query.values;
  const page = await listJurisdictions({ province, level, after: cursor, limit });
  return cachedJson(request, { data: page.data, nextCursor: page.nextAfter ? encodeCursor(page.nextAfter) : null });
});

export const OPTIONS = publicRoute(async () => preflight());
