// The peer measures (lib/peers) of every chosen report of a year, level and scope, in a province or
// nationally: the /table SQL (./table-sql.ts: chosen reports, rates computed in SQL as
// lib/figures/rates.ts does) for the measures' rates and bases, with each report's failed sum-check
// figures and its population (nearest census year).

import 'server-only';
import { pool } from '@/lib/db/client';
import { cachedByDataVersion } from '@/lib/db/cache';
import type { PeerValues, ReportScope } from '@/lib/domain';
import { PEER_MEASURES } from '@/lib/peers';
import { pageSql } from './table-sql';

export interface PeerFilter {
  year: number;
  scope: ReportScope;
  /** null: every level (the province view). */
  level: string | null;
  /** null: nationally. */
  province: string | null;
}

/** Columns: each measure's rate (or count), then its base (a ratio's single denominator key). */
const COLUMNS = PEER_MEASURES.flatMap((m) => {
  if (m.rate.denominator.length > 1) throw new Error(`peer measure ${m.id}: one denominator key expected`);
  return [m.rate.id, ...m.rate.denominator];
});

/** Kept per data version (lib/db/cache.ts): /j/<slug> and /p/<province-slug> ask for the same groups on every view. */
export function findPeerValues(filter: PeerFilter): Promise<PeerValues[]> {
  return cachedByDataVersion('peer-values', filter, () => loadPeerValues(filter));
}

async function loadPeerValues(filter: PeerFilter): Promise<PeerValues[]> {
  const page = pageSql({
    ...filter,
    failedOnly: false,
    failedCheck: null,
    columns: [...new Set(COLUMNS)],
    sort: 'name',
    dir: 'asc',
    limit: null,
    offset: 0,
  });
  const columns = [...new Set(COLUMNS)];
  // $1 is the year in pageSql's parameters.
  const text = `SELECT t.*,
    ARRAY(SELECT DISTINCT k FROM report_issue i CROSS JOIN unnest(i.keys) k WHERE i.report_id = t.id AND i.code = 'SUM_MISMATCH') AS failed_keys,
    (SELECT p.population FROM population p JOIN report r ON r.jurisdiction_id = p.jurisdiction_id
      WHERE r.id = t.id ORDER BY abs(p.year - $1), p.year DESC LIMIT 1) AS population
  FROM (${page.text}) t`;
  const { rows } = await pool.query<Record<string, unknown>>(text, page.values);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    reportId: r.id as number,
    jurisdiction: { slug: r.slug as string, name: r.name as string, level: r.level as string },
    body: r.body as string,
    values: Object.fromEntries(
      PEER_MEASURES.map((m) => {
        const base = m.rate.denominator[0];
        return [
          m.id,
          { value: num(r[`c${columns.indexOf(m.rate.id)}`]), base: base === undefined ? null : num(r[`c${columns.indexOf(base)}`]) },
        ];
      }),
    ),
    failedKeys: r.failed_keys as string[],
    population: num(r.population),
  }));
}
