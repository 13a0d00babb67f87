// GET /api/compare/jurisdictions?q=fy&province=安徽省&level=prefecture&lang=en → the picker's matches
// (JSON), each with its label in the language ("Fuyang, Anhui 阜阳市"), made here on the server.

import { searchJurisdictions } from '@/lib/db/queries/jurisdiction/search-jurisdictions';
import { PICKER_PARAMS } from '@/lib/http/api-params';
import { badParameter } from '@/lib/http/api-route';
import { parseQuery } from '@/lib/http/query-params';
import { placeLabel, provinceLabel } from '@/lib/places/english';

export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url).searchParams, PICKER_PARAMS);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { q, province, level, lang } = query.values;
  const found = await searchJurisdictions({ query: q, province: province ?? null, level: level ?? null });
  const results = found.map((j) => ({
    ...j,
    label: placeLabel(j, lang),
    provinceLabel: j.province ? provinceLabel(j.province, lang) : null,
  }));
  return Response.json({ results }, { headers: { 'Cache-Control': 'no-store' } });
}
