// GET /api/figures?key=…&year=…&jurisdiction=… — one or more figure keys across reports, as JSON
// or CSV (format=csv, UTF-8 with BOM), paginated by (report id, key).

import { cachedByDataVersion } from '@/lib/db/cache';
import { listFigures } from '@/lib/db/queries/figure/list-figures';
import type { ApiFigureRow } from '@/lib/domain';
import { FIGURES_PARAMS } from '@/lib/http/api-params';
import { badParameter, cachedJson, publicRoute } from '@/lib/http/api-route';
import { preflight } from '@/lib/http/cors';
import { toCsv } from '@/lib/http/csv';
import { cachedResponse } from '@/lib/http/etag';
import { encodeCursor, parseQuery } from '@/lib/http/query-params';

const CSV_HEADER = [
  'report_id',
  'jurisdiction_slug',
  'jurisdiction',
  'year',
  'body',
  'scope',
  'format',
  'key',
  'value',
  'provenance',
  'rule',
  'raw',
  'basis',
];

function csvRow(f: ApiFigureRow) {
  return [
    f.reportId,
    f.jurisdiction.slug,
    f.jurisdiction.name,
    f.year,
    f.body,
    f.scope,
    f.format,
    f.key,
    f.value,
    f.provenance,
    f.rule,
    f.raw,
    f.basis,
  ];
}

export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const query = parseQuery(url.searchParams, FIGURES_PARAMS);
  if (!query.ok) return badParameter(query.param, query.reason);
  const { key, year, jurisdiction, scope, format, cursor, limit } = query.values;
  const input = { keys: key, year, jurisdictions: jurisdiction, scope, after: cursor, limit };
  const page = await cachedByDataVersion('api-figures', input, () => listFigures(input));
  const nextCursor = page.nextAfter ? encodeCursor(`${page.nextAfter.reportId}:${page.nextAfter.key}`) : null;
  if (format === 'json') return cachedJson(request, { data: page.data, nextCursor });
  const headers: Record<string, string> = { 'Content-Disposition': 'attachment; filename="figures.csv"' };
  if (nextCursor) {
    url.searchParams.set('cursor', nextCursor);
    headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  return cachedResponse(request, toCsv(CSV_HEADER, page.data.map(csvRow)), { contentType: 'text/csv; charset=utf-8', headers });
});

export const OPTIONS = publicRoute(async () => preflight());
