// The jurisdictions a compare view names: picked slugs (unknown ones reported back) and, with a
// province, every jurisdiction of it (optionally one level) that has at least one report.

import 'server-only';
import { db } from '@/lib/db/client';
import type { NamedJurisdictions } from '@/lib/domain';

export interface ResolveJurisdictionsInput {
  slugs: readonly string[];
  province: string | null;
  level: string | null;
}

const SELECT = { id: true, slug: true, name: true, level: true, province: true } as const;

export async function resolveJurisdictions(input: ResolveJurisdictionsInput): Promise<NamedJurisdictions> {
  const [rows, members] = await Promise.all([
    input.slugs.length ? db.jurisdiction.findMany({ where: { slug: { in: [...input.slugs] } }, select: SELECT }) : [],
    input.province
      ? db.jurisdiction.findMany({
          where: { province: input.province, ...(input.level ? { level: input.level } : {}), reports: { some: {} } },
          select: SELECT,
          orderBy: { name: 'asc' },
        })
      : null,
  ]);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return {
    picked: input.slugs.flatMap((s) => bySlug.get(s) ?? []),
    unknownSlugs: input.slugs.filter((s) => !bySlug.has(s)),
    provinceMembers: members,
  };
}
