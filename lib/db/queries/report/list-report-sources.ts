// The sources of some reports: file name and original addresses (原文), the shown one first, for
// the metadata of a data download.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ReportSourceRef } from '@/lib/domain';

export async function listReportSources(reportIds: readonly number[]): Promise<ReportSourceRef[]> {
  if (reportIds.length === 0) return [];
  const rows = await db.reportSource.findMany({
    where: { reportId: { in: [...new Set(reportIds)] } },
    select: { reportId: true, fileName: true, pageUrl: true, documentUrl: true, shownBy: { select: { id: true } } },
    orderBy: [{ reportId: 'asc' }, { id: 'asc' }],
  });
  return rows
    .map((r) => ({
      reportId: r.reportId,
      fileName: r.fileName,
      pageUrl: r.pageUrl,
      documentUrl: r.documentUrl,
      shown: r.shownBy !== null,
    }))
    .sort((a, b) => a.reportId - b.reportId || Number(b.shown) - Number(a.shown));
}
