// Provinces with at least one reporting jurisdiction, and how many, for the province filter.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ProvinceOption } from '@/lib/domain';

export async function listProvinces(): Promise<ProvinceOption[]> {
  const rows = await db.jurisdiction.groupBy({
    by: ['province'],
    where: { province: { not: null }, reports: { some: {} } },
    _count: { _all: true },
    orderBy: { province: 'asc' },
  });
  return rows.flatMap((r) => (r.province ? [{ name: r.province, jurisdictions: r._count._all }] : []));
}
