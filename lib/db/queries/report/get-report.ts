// One report with its text, figures and issues, for the report viewer. Null when the id is unknown.

import 'server-only';
import { db } from '@/lib/db/client';
import { FIGURE_SELECT, ISSUE_SELECT, SUMMARY_SELECT, reshapeFigure, reshapeIssue, reshapeSummary } from './reshape';
import type { ReportView } from './types';

export async function getReport(id: number): Promise<ReportView | null> {
  const row = await db.report.findUnique({
    where: { id },
    select: {
      ...SUMMARY_SELECT,
      source: { select: { text: true } },
      figures: { select: FIGURE_SELECT },
      issues: { select: ISSUE_SELECT, orderBy: { id: 'asc' } },
    },
  });
  if (!row) return null;
  return {
    ...reshapeSummary(row),
    text: row.source?.text ?? '',
    figures: row.figures.map(reshapeFigure),
    issues: row.issues.map(reshapeIssue),
  };
}
