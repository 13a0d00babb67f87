// Jurisdictions with reports whose name, pinyin (full or initials), English name (Hohhot, Ulanqab:
// lib/places/english-search) or slug contains the query, optionally within a province and level;
// names that start with the query first.

import 'server-only';
import { db } from '@/lib/db/client';
import type { JurisdictionSummary } from '@/lib/domain';
import { codesByEnglish } from '@/lib/places/english-search';

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
  const english = codesByEnglish(q);
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
              ...(english.length ? [{ divisionCode: { in: english } }] : []),
            ],
          }
        : {}),
    },
    select: { slug: true, name: true, level: true, province: true, divisionCode: true },
    orderBy: { name: 'asc' },
    take: limit * 3,
  });
  // English matches come in codesByEnglish's order (names that start with the query first).
  const englishRank = new Map(english.map((code, i) => [code, i]));
  const rank = (j: (typeof rows)[number]) =>
    j.name.startsWith(q) || j.slug.startsWith(compact) ? -1 : (englishRank.get(j.divisionCode ?? '') ?? english.length);
  return rows
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit)
    .map(({ divisionCode: _code, ...j }) => j);
}
