// How many reports each year has, for all jurisdictions or some. Drives the year pickers and the
// default year (the one with the most reports).

import 'server-only';
import { db } from '@/lib/db/client';
import type { YearCount } from '@/lib/domain';

/** Years with reports, newest first. */
export async function countReportsByYear(jurisdictionIds?: readonly number[]): Promise<YearCount[]> {
  const rows = await db.report.groupBy({
    by: ['year'],
    where: jurisdictionIds ? { jurisdictionId: { in: [...jurisdictionIds] } } : {},
    _count: { _all: true },
    orderBy: { year: 'desc' },
  });
  return rows.map((r) => ({ year: r.year, reports: r._count._all }));
}
