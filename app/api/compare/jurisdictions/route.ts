// GET /api/compare/jurisdictions?q=fy&province=安徽省&level=prefecture → the picker's matches (JSON).

import { NextResponse, type NextRequest } from 'next/server';
import { searchJurisdictions } from '@/lib/db/queries/jurisdiction/search-jurisdictions';
import { parseLevel } from '@/lib/view-state/params';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const query = (params.get('q') ?? '').slice(0, 40);
  const level = parseLevel(params.get('level') ?? undefined);
  const results = await searchJurisdictions({
    query,
    province: params.get('province')?.slice(0, 40) || null,
    level: level.kind === 'valid' ? level.value : null,
  });
  return NextResponse.json({ results }, { headers: { 'Cache-Control': 'no-store' } });
}
