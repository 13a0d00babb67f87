// GET /api/compare/data.zip?<compare params> → the view's CSV, metadata.json and README.md in one zip.
import type { NextRequest } from 'next/server';
import { loadCompareView } from '@/app/compare/load-compare-view';
import { dataPackageResponse } from '@/app/data-package-response';
import { viewFileBase, viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { compareCsv } from '@/lib/compare/export';
import { rateDef } from '@/lib/figures/rates';
import { publicOrigin } from '@/lib/http/public-origin';
import { compareHref } from '@/lib/view-state';

export async function GET(request: NextRequest) {
  const { data } = await loadCompareView(request.nextUrl.searchParams);
  const lang = data.view.lang;
  const origin = publicOrigin(request.headers) ?? '';
  return dataPackageResponse({
    lang,
    title: viewTitle(data, lang),
    description: viewSubtitle(data, lang),
    origin,
    path: compareHref(data.view),
    fileBase: viewFileBase(data),
    csv: compareCsv(data, origin, lang),
    columns: [...(rateDef(data.measure.id) ? [data.measure.id] : []), ...data.keys],
    reports: data.rows.map((r) => ({ reportId: r.reportId, jurisdiction: r.name, body: r.body, year: r.year })),
  });
}
