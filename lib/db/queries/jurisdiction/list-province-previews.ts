// Provinces with their counts of jurisdictions and reports, each with its first few jurisdictions
// (higher levels first, then by name) and the years they have reports for, newest first, marking
// years with only single-office reports. Grouping and cutting happen in SQL, so the home page stays
// small with 100,000 reports.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { HomeJurisdiction, HomeProvince } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';

export const PROVINCE_COUNTS = defineSql(
  'provinces with counts of jurisdictions and reports',
  `SELECT j.province, count(*)::int AS jurisdictions, sum(r.n)::int AS reports
  FROM jurisdiction j JOIN (SELECT jurisdiction_id, count(*) AS n FROM report GROUP BY 1) r ON r.jurisdiction_id = j.id
  GROUP BY j.province
  ORDER BY j.province NULLS LAST`,
  { province: 'text | null', jurisdictions: 'int4', reports: 'int4' },
  [],
);

export const PROVINCE_PREVIEWS = defineSql(
  'first jurisdictions of every province with their years',
  `WITH ranked AS (
    SELECT j.id, j.slug, j.name, j.province, j.level,
      row_number() OVER (
        PARTITION BY j.province
        ORDER BY array_position(ARRAY['province', 'prefecture', 'district', 'county', 'zone'], j.level::text), j.name, j.id
      ) AS rank
    FROM jurisdiction j WHERE EXISTS (SELECT 1 FROM report r WHERE r.jurisdiction_id = j.id)
  )
  SELECT ranked.slug, ranked.name, ranked.level::text AS level, ranked.province, y.years
  FROM ranked CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object('year', g.year, 'agencyOnly', g.agency_only) ORDER BY g.year DESC) AS years
    FROM (SELECT r.year, bool_and(r.scope = 'agency') AS agency_only FROM report r WHERE r.jurisdiction_id = ranked.id GROUP BY r.year) g
  ) y
  WHERE ranked.rank <= $1
  ORDER BY ranked.province NULLS LAST, ranked.rank`,
  { slug: 'text', name: 'text', level: 'text', province: 'text | null', years: 'json' },
  [4],
);

export async function listProvincePreviews(perProvince: number): Promise<HomeProvince[]> {
  const [counts, previews] = await Promise.all([runSql(pool, PROVINCE_COUNTS, []), runSql(pool, PROVINCE_PREVIEWS, [perProvince])]);
  return counts.map((p) => ({
    province: p.province,
    jurisdictionCount: p.jurisdictions,
    reportCount: p.reports,
    jurisdictions: previews.filter((j) => j.province === p.province).map((j) => ({ ...j, years: j.years as HomeJurisdiction['years'] })),
  }));
}
