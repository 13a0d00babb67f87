// The report one of whose sources has these bytes (sha256 hex), for the upload review's duplicate notice.

import 'server-only';
import { db } from '@/lib/db/client';
import type { JurisdictionRef } from '@/lib/domain';

export interface ExistingReport {
  id: number;
  body: string;
  year: number;
  jurisdiction: JurisdictionRef;
}

export async function findReportByHash(contentHash: string): Promise<ExistingReport | null> {
  const source = await db.reportSource.findUnique({
    where: { contentHash },
    select: { report: { select: { id: true, body: true, year: true, jurisdiction: { select: { slug: true, name: true } } } } },
  });
  return source?.report ?? null;
}
