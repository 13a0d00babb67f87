// GET /coverage/export?province=<name>[&lang=en]: the province's divisions × years with their
// coverage status as CSV (whom to chase). 404 for a province not on the official list.

import { coverageCsv } from '@/lib/coverage/export';
import { coverageYears, provinceDetail } from '@/lib/coverage';
import { listHeldDivisions } from '@/lib/db/queries/coverage/list-held-divisions';
import { attachment } from '@/lib/http/content-disposition';
import { jsonError } from '@/lib/http/errors';
import { parseCoverageParams } from '@/lib/view-state/coverage-params';

export async function GET(request: Request) {
  const { view } = parseCoverageParams(new URL(request.url).searchParams);
  if (!view.province) return jsonError(400, 'bad_parameter', 'name a province: ?province=江苏省', { param: 'province' });
  const today = new Date().toISOString().slice(0, 10);
  const years = coverageYears(today);
  const detail = provinceDetail(view.province, await listHeldDivisions(view.province, years.at(-1)!, years[0]!), years, today);
  if (!detail) return jsonError(404, 'not_found', `no province "${view.province.slice(0, 40)}" in the official list`);
  return attachment(coverageCsv(detail, view.lang), `coverage-${view.province}.csv`, 'text/csv; charset=utf-8');
}
