// Jurisdictions with reports whose name, pinyin (full or initials) or slug contains the query,
// optionally within a province and level; names that start with the query first.

import 'server-only';
import { db } from '@/lib/db/client';
import type { JurisdictionSummary } from '@/lib/domain';

export interface SearchJurisdictionsInput {
  query: string;
  province?: string | null;
  level?: string | null;
  limit?: number;
}

export async function searchJurisdictions(input: SearchJurisdictionsInput): Promise<JurisdictionSummary[]> {
  const q = input.query.trim();
  const compact = q.replace(/\s+/g, '').toLowerCase();
  const limit = Math.min(input.limit ?? 12, 50);
  const rows = await db.jurisdiction.findMany({
    where: {
      reports: { some: {} },
      ...(input.province ? { province: input.province } : {}),
      ...(input.level ? { level: input.level } : {}),
      ...(q
        ? {
            OR: [
              { name: { contains: q } },
              { pinyin: { contains: compact, mode: 'insensitive' as const } },
              { pinyin: { contains: q, mode: 'insensitive' as const } },
              { slug: { contains: compact } },
            ],
          }
        : {}),
    },
    select: { slug: true, name: true, level: true, province: true },
    orderBy: { name: 'asc' },
    take: limit * 3,
  });
  const starts = (j: JurisdictionSummary) => (j.name.startsWith(q) || j.slug.startsWith(compact) ? 0 : 1);
  return rows.sort((a, b) => starts(a) - starts(b)).slice(0, limit);
}
