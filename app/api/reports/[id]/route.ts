// GET /api/reports/<id> — one report: meta, every figure with provenance and span, issues, quality checks.

import { getReportQuality } from '@/lib/db/queries/quality/get-report-quality';
import { getReport } from '@/lib/db/queries/report/get-report';
import { toApiReportDetail } from '@/lib/db/queries/reshape';
import { badParameter, cachedJson, publicRoute } from '@/lib/http/api-route';
import { preflight } from '@/lib/http/cors';
import { jsonError } from '@/lib/http/errors';

type Context = { params: Promise<{ id: string }> };

export const GET = publicRoute<Context>(async (request, { params }) => {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
    return jsonError(400, 'bad_parameter', `report id "${id.slice(0, 40)}" is not a positive whole number`, { param: 'id' });
  }
  if (new URL(request.url).searchParams.size > 0) {
    const [first] = new URL(request.url).searchParams.keys();
    return badParameter(first!, 'unknown parameter; this route takes none');
  }
  const report = await getReport(Number(id));
  if (!report) return jsonError(404, 'not_found', `no report with id ${id}`);
  return cachedJson(request, toApiReportDetail(report, await getReportQuality(report.id)));
});

export const OPTIONS = publicRoute<Context>(async () => preflight());
