// The stored quality checks of one report (lib/quality through lib/db/quality), for /reports/<id>,
// /j/<slug> and GET /api/reports/<id>. Null when the report is unknown or not checked yet.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ReportQualityView } from '@/lib/domain';
import { QUALITY_SELECT, reshapeQuality } from '../reshape';

export async function getReportQuality(reportId: number): Promise<ReportQualityView | null> {
  const row = await db.reportQuality.findUnique({ where: { reportId }, select: QUALITY_SELECT });
  return row && reshapeQuality(row);
}
