// GET /api/reports: reports by id (stable; the cursor is the last id), filtered by jurisdiction
// slugs, year, scope and format.

import 'server-only';
import { db } from '@/lib/db/client';
import { reportSelect, toApiReport } from './reshape';
import { keysetPage, type ApiReport, type KeysetPage } from './types';

export interface ListReportsInput {
  jurisdictions?: string[];
  year?: number;
  scope?: 'aggregate' | 'agency';
  format?: string;
  afterId?: number;
  limit: number;
}

export async function listReports(input: ListReportsInput): Promise<KeysetPage<ApiReport, number>> {
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
    select: reportSelect,
  });
  return keysetPage(rows, input.limit, toApiReport, (r) => r.id);
}
