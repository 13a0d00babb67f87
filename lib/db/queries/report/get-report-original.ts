// The original file of a report, byte for byte as it was ingested: the source its figures were read
// from, or another of its sources by id. Null when the report or that source is unknown.

import 'server-only';
import { db } from '@/lib/db/client';

export interface ReportOriginal {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

export async function getReportOriginal(reportId: number, sourceId: number | null = null): Promise<ReportOriginal | null> {
  const row = await db.reportSource.findFirst({
    where: sourceId === null ? { shownBy: { id: reportId } } : { id: sourceId, reportId },
    select: { original: true, mimeType: true, fileName: true },
  });
  if (!row) return null;
  return { bytes: new Uint8Array(row.original), mimeType: row.mimeType, fileName: row.fileName };
}
