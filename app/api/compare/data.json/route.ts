// GET /api/compare/data.json?<compare params> → exactly the rows /compare shows, JSON.
import type { NextRequest } from 'next/server';
import { compareExportResponse } from '@/lib/db/queries/compare/export-response';

export function GET(request: NextRequest) {
  return compareExportResponse(request, 'json');
}
