// How many reports each year has, for all jurisdictions or some. Drives the year pickers and the
// default year (the one with the most reports).

import 'server-only';
import { db } from '@/lib/db/client';

export interface YearCount {
  year: number;
  reports: number;
}

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

/** The year with the most reports (the newest on a tie); null without reports. */
export function busiestYear(years: readonly YearCount[]): number | null {
  let best: YearCount | null = null;
  for (const y of years) if (!best || y.reports > best.reports || (y.reports === best.reports && y.year > best.year)) best = y;
  return best?.year ?? null;
}
