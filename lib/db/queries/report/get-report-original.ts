// The original file of a report, byte for byte as it was ingested. Null when the report or its
// source is unknown.

import 'server-only';
import { db } from '@/lib/db/client';

export interface ReportOriginal {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

export async function getReportOriginal(id: number): Promise<ReportOriginal | null> {
  const row = await db.reportSource.findUnique({
    where: { reportId: id },
    select: { original: true, mimeType: true, report: { select: { sourceFileName: true } } },
  });
  if (!row) return null;
  return { bytes: new Uint8Array(row.original), mimeType: row.mimeType, fileName: row.report.sourceFileName };
}
