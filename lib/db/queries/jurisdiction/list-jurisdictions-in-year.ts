// Jurisdictions with a report in a year, up to a limit: the compare page's starting set when
// nothing is picked.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ResolvedJurisdiction } from '@/lib/domain';

export async function listJurisdictionsInYear(year: number, limit: number): Promise<ResolvedJurisdiction[]> {
  return db.jurisdiction.findMany({
    where: { reports: { some: { year } } },
    select: { id: true, slug: true, name: true, level: true, province: true },
    orderBy: { name: 'asc' },
    take: limit,
  });
}
