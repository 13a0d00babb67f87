// GET /api/compare/jurisdictions?q=fy&province=安徽省&level=prefecture → the picker's matches (JSON).

import { searchJurisdictions } from '@/lib/db/queries/jurisdiction/search-jurisdictions';
import { PICKER_PARAMS } from '@/lib/http/api-params';
import { badParameter } from '@/lib/http/api-route';
import { parseQuery } from '@/lib/http/query-params';

export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url).searchParams, PICKER_PARAMS);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { q, province, level } = query.values;
  const results = await searchJurisdictions({ query: q, province: province ?? null, level: level ?? null });
  return Response.json({ results }, { headers: { 'Cache-Control': 'no-store' } });
}
