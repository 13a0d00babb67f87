// The compare downloads: the same view as the page for the same query, as CSV or JSON.

import 'server-only';
import type { NextRequest } from 'next/server';
import { exportRecords, toCsv } from '@/lib/compare/export';
import { viewFileBase, viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { compareQueryString } from '@/lib/view-state';
import { loadCompareView } from './load-compare-view';

export async function compareExportResponse(request: NextRequest, format: 'csv' | 'json'): Promise<Response> {
  const { data, notices } = await loadCompareView(request.nextUrl.searchParams);
  const origin = request.nextUrl.origin;
  const lang = data.view.lang;
  const name = `${viewFileBase(data)}.${format}`;
  const headers = { 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
  if (format === 'csv')
    return new Response(toCsv(data, origin, lang), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  const body = {
    title: viewTitle(data, lang),
    description: viewSubtitle(data, lang),
    url: `${origin}/compare${compareQueryString(data.view)}`,
    notices: [...notices, ...data.notices],
    rows: exportRecords(data, origin),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
