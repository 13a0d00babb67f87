// GET /api/jurisdictions: jurisdictions by slug (stable order; the cursor is the last slug), with
// how many reports each has and for which years.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ApiJurisdiction } from '@/lib/domain';
import { keysetPage, type KeysetPage } from '../keyset';

export interface ListJurisdictionsInput {
  province?: string;
  level?: string;
  /** Slug of the last row of the previous page. */
  after?: string;
  limit: number;
}

export async function listJurisdictions(input: ListJurisdictionsInput): Promise<KeysetPage<ApiJurisdiction, string>> {
  const rows = await db.jurisdiction.findMany({
    where: {
      ...(input.province ? { province: input.province } : {}),
      ...(input.level ? { level: input.level } : {}),
      ...(input.after ? { slug: { gt: input.after } } : {}),
    },
    orderBy: { slug: 'asc' },
    take: input.limit + 1,
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      province: true,
      divisionCode: true,
      parent: { select: { slug: true } },
    },
  });
  const page = rows.slice(0, input.limit);
  const years = await db.report.groupBy({
    by: ['jurisdictionId', 'year'],
    where: { jurisdictionId: { in: page.map((r) => r.id) } },
    _count: { _all: true },
    orderBy: [{ jurisdictionId: 'asc' }, { year: 'asc' }],
  });
  return keysetPage(
    rows,
    input.limit,
    (r) => {
      const mine = years.filter((y) => y.jurisdictionId === r.id);
      return {
        slug: r.slug,
        name: r.name,
        level: r.level,
        province: r.province,
        divisionCode: r.divisionCode,
        parentSlug: r.parent?.slug ?? null,
        reportCount: mine.reduce((n, y) => n + y._count._all, 0),
        years: mine.map((y) => y.year),
      };
    },
    (r) => r.slug,
  );
}
