// GET /api/compare/data.csv?<compare params> → exactly the rows /compare shows, CSV with BOM.
import type { NextRequest } from 'next/server';
import { loadCompareView } from '@/app/compare/load-compare-view';
import { viewFileBase } from '@/lib/compare/describe-view';
import { compareCsv } from '@/lib/compare/export';
import { attachment } from '@/lib/http/content-disposition';
import { publicOrigin } from '@/lib/http/public-origin';

export async function GET(request: NextRequest) {
  const { data } = await loadCompareView(request.nextUrl.searchParams);
  return attachment(
    compareCsv(data, publicOrigin(request.headers) ?? '', data.view.lang),
    `${viewFileBase(data)}.csv`,
    'text/csv; charset=utf-8',
  );
}
