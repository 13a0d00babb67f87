// GET /api/reports/<id>: one report's meta, every figure with its provenance, and its issues.

import 'server-only';
import { db } from '@/lib/db/client';
import { SOURCE_SELECT, reshapeSources } from '../report/reshape';
import { reportSelect, toApiFigure, toApiIssue, toApiReport } from './reshape';
import type { ApiReportDetail } from './types';

export async function getReport(id: number): Promise<ApiReportDetail | null> {
  const row = await db.report.findUnique({
    where: { id },
    select: {
      ...reportSelect,
      figures: { orderBy: { key: 'asc' } },
      issues: { orderBy: { id: 'asc' } },
      shownSourceId: true,
      sources: { select: SOURCE_SELECT },
    },
  });
  if (!row) return null;
  return {
    ...toApiReport(row),
    figures: row.figures.map(toApiFigure),
    issues: row.issues.map(toApiIssue),
    sources: reshapeSources(row.id, row.shownSourceId, row.sources),
  };
}
