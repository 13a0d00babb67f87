// One jurisdiction by slug with the summaries of all its reports, each marked with whether the
// report-choice rule (../report/chosen-reports.ts) picks it for its year. Null when the slug is
// unknown.

import 'server-only';
import { db, pool } from '@/lib/db/client';
import type { JurisdictionView } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';
import { chosenReportIdsSql } from '../report/chosen-reports';
import { SUMMARY_SELECT, reshapeSummary } from '../reshape';

export const CHOSEN_OF_JURISDICTION = defineSql(
  "the chosen reports of one jurisdiction's years",
  chosenReportIdsSql('r.jurisdiction_id = (SELECT id FROM jurisdiction WHERE slug = $1)'),
  { id: 'int4' },
  ['fuyang-341200'],
);

export async function getJurisdiction(slug: string): Promise<JurisdictionView | null> {
  const row = await db.jurisdiction.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      level: true,
      province: true,
      divisionCode: true,
      parent: { select: { slug: true, name: true } },
      populations: { select: { year: true, population: true, source: true }, orderBy: { year: 'desc' }, take: 1 },
      reports: { select: SUMMARY_SELECT, orderBy: [{ year: 'desc' }, { scope: 'asc' }, { body: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!row) return null;
  const chosen = new Set((await runSql(pool, CHOSEN_OF_JURISDICTION, [slug])).map((r) => r.id));
  return {
    slug: row.slug,
    name: row.name,
    level: row.level,
    province: row.province,
    divisionCode: row.divisionCode,
    parent: row.parent,
    population: row.populations[0] ?? null,
    reports: row.reports.map((r) => ({ ...reshapeSummary(r), chosen: chosen.has(r.id) })),
  };
}
