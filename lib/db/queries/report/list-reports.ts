// GET /api/reports: reports by id (stable; the cursor is the last id), filtered by jurisdiction
// slugs, year, scope and format. Every stored report, re-ingested copies included: each is a
// report of its own with its own id.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ApiReportListed, ReportScope } from '@/lib/domain';
import { keysetPage, type KeysetPage } from '../keyset';
import { API_REPORT_SELECT, toApiReport } from '../reshape';

export interface ListReportsInput {
  jurisdictions?: string[];
  year?: number;
  scope?: ReportScope;
  format?: string;
  afterId?: number;
  limit: number;
}

export async function listReports(input: ListReportsInput): Promise<KeysetPage<ApiReportListed, number>> {
  const rows = await db.report.findMany({
    where: {
      ...(input.jurisdictions ? { jurisdiction: { slug: { in: input.jurisdictions } } } : {}),
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...(input.scope ? { scope: input.scope } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.afterId !== undefined ? { id: { gt: input.afterId } } : {}),
    },
    orderBy: { id: 'asc' },
    take: input.limit + 1,
    select: API_REPORT_SELECT,
  });
  return keysetPage(rows, input.limit, toApiReport, (r) => r.id);
}
