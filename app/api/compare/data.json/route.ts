// GET /api/compare/data.json?<compare params> → exactly the rows /compare shows, JSON.
import type { NextRequest } from 'next/server';
import { loadCompareView } from '@/app/compare/load-compare-view';
import { viewFileBase } from '@/lib/compare/describe-view';
import { compareJson } from '@/lib/compare/export';
import { attachment } from '@/lib/http/content-disposition';
import { publicOrigin } from '@/lib/http/public-origin';

export async function GET(request: NextRequest) {
  const { data, notices } = await loadCompareView(request.nextUrl.searchParams);
  const body = compareJson(data, notices, publicOrigin(request.headers) ?? '', data.view.lang);
  return attachment(JSON.stringify(body, null, 2), `${viewFileBase(data)}.json`, 'application/json; charset=utf-8');
}
