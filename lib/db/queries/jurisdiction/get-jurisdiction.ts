// One jurisdiction by slug with the summaries of all its reports. Null when the slug is unknown.

import 'server-only';
import { db } from '@/lib/db/client';
import { SUMMARY_SELECT, reshapeSummary } from '../report/reshape';
import type { JurisdictionView } from './types';

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
  return {
    slug: row.slug,
    name: row.name,
    level: row.level,
    province: row.province,
    divisionCode: row.divisionCode,
    parent: row.parent,
    population: row.populations[0] ?? null,
    reports: row.reports.map(reshapeSummary),
  };
}
