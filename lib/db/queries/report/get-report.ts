// One report with its figures (by key), issues and sources: for the report viewer (with the text its
// shown source was read into) and for GET /api/reports/<id> (without). Null when the id is unknown.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ReportView } from '@/lib/domain';
import { REPORT_SELECT, reshapeReport } from '../reshape';

export interface GetReportOptions {
  /** Load the extracted text too (large; only the viewer needs it). */
  text?: boolean;
}

export async function getReport(id: number, options: GetReportOptions = {}): Promise<ReportView | null> {
  if (!options.text) {
    const row = await db.report.findUnique({ where: { id }, select: REPORT_SELECT });
    return row && reshapeReport(row, '');
  }
  const row = await db.report.findUnique({
    where: { id },
    select: { ...REPORT_SELECT, shownSource: { select: { ...REPORT_SELECT.shownSource.select, text: true } } },
  });
  return row && reshapeReport(row, row.shownSource?.text ?? '');
}
