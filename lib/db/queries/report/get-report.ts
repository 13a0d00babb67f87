// One report with its text, figures and issues, for the report viewer. Null when the id is unknown.

import 'server-only';
import { db } from '@/lib/db/client';
import {
  FIGURE_SELECT,
  ISSUE_SELECT,
  SOURCE_SELECT,
  SUMMARY_SELECT,
  reshapeFigure,
  reshapeIssue,
  reshapeSources,
  reshapeSummary,
} from './reshape';
import type { ReportView } from './types';

export async function getReport(id: number): Promise<ReportView | null> {
  const row = await db.report.findUnique({
    where: { id },
    select: {
      ...SUMMARY_SELECT,
      shownSourceId: true,
      shownSource: { select: { fileName: true, fileType: true, text: true } },
      sources: { select: SOURCE_SELECT },
      figures: { select: FIGURE_SELECT },
      issues: { select: ISSUE_SELECT, orderBy: { id: 'asc' } },
    },
  });
  if (!row) return null;
  return {
    ...reshapeSummary(row),
    text: row.shownSource?.text ?? '',
    sources: reshapeSources(row.id, row.shownSourceId, row.sources),
    figures: row.figures.map(reshapeFigure),
    issues: row.issues.map(reshapeIssue),
  };
}
