// One report with its figures (by key) and issues: for the report viewer (with the text it was read
// from) and for GET /api/reports/<id> (without). Null when the id is unknown.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ReportView } from '@/lib/domain';
import { REPORT_SELECT, reshapeReport } from '../reshape';

export interface GetReportOptions {
  /** Load the extracted text too (large; only the viewer needs it). */
  text?: boolean;
}

export async function getReport(id: number, options: GetReportOptions = {}): Promise<ReportView | null> {
  const row = await db.report.findUnique({
    where: { id },
    select: { ...REPORT_SELECT, ...(options.text ? { source: { select: { text: true } } } : {}) },
  });
  if (!row) return null;
  return reshapeReport(row, (row as { source?: { text: string } | null }).source?.text ?? '');
}
