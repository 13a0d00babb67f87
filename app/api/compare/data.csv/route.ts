// GET /api/compare/data.csv?<compare params> → exactly the rows /compare shows, CSV with BOM.
import type { NextRequest } from 'next/server';
import { compareExportResponse } from '@/lib/db/queries/compare/export-response';

export function GET(request: NextRequest) {
  return compareExportResponse(request, 'csv');
}
