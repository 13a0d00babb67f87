// Figures and issues of several reports at once (a jurisdiction's report and the one it is
// compared with), by report id. One indexed query each.

import 'server-only';
import { db } from '@/lib/db/client';
import type { FigureView, IssueView } from '@/lib/domain';
import { FIGURE_SELECT, ISSUE_SELECT, reshapeFigure, reshapeIssue } from '../reshape';

export interface ReportFiguresView {
  figures: FigureView[];
  issues: IssueView[];
}

export async function getReportFigures(reportIds: readonly number[]): Promise<Map<number, ReportFiguresView>> {
  const out = new Map<number, ReportFiguresView>(reportIds.map((id) => [id, { figures: [], issues: [] }]));
  if (reportIds.length === 0) return out;
  const [figures, issues] = await Promise.all([
    db.figure.findMany({ where: { reportId: { in: [...reportIds] } }, select: { reportId: true, ...FIGURE_SELECT } }),
    db.reportIssue.findMany({
      where: { reportId: { in: [...reportIds] } },
      select: { reportId: true, ...ISSUE_SELECT },
      orderBy: { id: 'asc' },
    }),
  ]);
  for (const f of figures) out.get(f.reportId)!.figures.push(reshapeFigure(f));
  for (const i of issues) out.get(i.reportId)!.issues.push(reshapeIssue(i));
  return out;
}
