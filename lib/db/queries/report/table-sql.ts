// SQL of the /table query, built from the figure and rate catalogues: filter and count the chosen
// reports (./chosen-reports.ts) ⋈ jurisdiction, pivot the needed figures of each report with one indexed lateral lookup, compute
// group sums and rates in SQL (+ keeps NULL, so a missing part leaves the sum missing, as in
// lib/figures/rates.ts), sort with NULLs last, limit. Keys and filter values travel as parameters.

import { figureDef } from '@/lib/figures/keys';
import { expandKeys, rateDef } from '@/lib/figures/rates';
import type { TableFilter, TableQuery } from '@/lib/domain';
import type { RowShape } from '../../sql';
import { chosenReportIdsSql } from './chosen-reports';

export interface SqlText {
  text: string;
  values: unknown[];
}

class Params {
  values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function whereClause(filter: TableFilter, p: Params): string {
  const year = p.add(filter.year);
  // The whole-jurisdiction reports that stand for the year are kept in held_year (the same rule).
  const chosen =
    filter.scope === 'aggregate'
      ? `SELECT h.chosen_report_id FROM held_year h WHERE h.year = ${year}`
      : chosenReportIdsSql(`r.year = ${year}`);
  const where = [`r.year = ${year}`, `r.id IN (${chosen})`];
  if (filter.province !== null) where.push(`j.province = ${p.add(filter.province)}`);
  if (filter.level !== null) where.push(`j.level = ${p.add(filter.level)}`);
  if (filter.scope !== null) where.push(`r.scope = ${p.add(filter.scope)}::"ReportScope"`);
  if (filter.failedOnly) where.push('EXISTS (SELECT 1 FROM report_quality q WHERE q.report_id = r.id AND q.failed > 0)');
  if (filter.failedCheck !== null)
    where.push(`EXISTS (SELECT 1 FROM report_quality q WHERE q.report_id = r.id AND ${p.add(filter.failedCheck)} = ANY(q.failed_checks))`);
  return where.join(' AND ');
}

/**
 * Columns of every page row before the chosen columns' c<i> (value), p<i> (provenance), r<i> (printed
 * text without a number), n<i> / d<i> (a ratio's numerator and denominator) and fz<i> / fe<i> (the
 * failed sum relations a ratio's inputs are in, zh / en).
 */
export const TABLE_ROW = {
  id: 'int4',
  body: 'text',
  scope: 'text',
  format: 'text',
  error_count: 'int4',
  q_passed: 'int4 | null',
  q_decided: 'int4 | null',
  q_failed: 'int4 | null',
  q_failed_checks: 'text | null',
  slug: 'text',
  name: 'text',
  province: 'text | null',
  level: 'text',
} as const satisfies RowShape;

export function countSql(filter: TableFilter): SqlText {
  const p = new Params();
  const where = whereClause(filter, p);
  return {
    text: `SELECT count(*)::int AS total FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id WHERE ${where}`,
    values: p.values,
  };
}

/** Stored keys a column reads. */
export function columnKeys(column: string): string[] {
  const rate = rateDef(column);
  return rate ? expandKeys([...rate.numerator, ...rate.denominator]) : expandKeys([column]);
}

const NAME_ORDER = 'province ASC NULLS LAST, name ASC, body ASC, id ASC';

/**
 * Rows of one page (or all rows, for exports) with columns c0…cn (values) and p0…pn (provenance of
 * figure columns). Figures are pivoted where it is cheapest: for a page, only its rows are looked
 * up (by report id); a sort on a computed column first reads just that column's keys for the whole
 * year through the (key, year) index, cuts the page, then looks up the page's other figures.
 */
export function pageSql(query: TableQuery): SqlText {
  const p = new Params();
  const where = whereClause(query, p);
  // whereClause binds the year first; reusing it keeps every parameter used (PostgreSQL types them by use).
  const year = '$1';
  const keyParam = new Map<string, string>();
  const param = (key: string) => keyParam.get(key) ?? (keyParam.set(key, p.add(key)), keyParam.get(key)!);

  /** Aggregates turning a report's figure rows into one row: k<i> value, pk<i> provenance, rk<i> printed text without a number. */
  const aggregates = (keys: readonly string[]) =>
    keys
      .map(
        (k, i) =>
          `max(f.value) FILTER (WHERE f.key = ${param(k)}) AS k${i}, max(f.provenance::text) FILTER (WHERE f.key = ${param(k)}) AS pk${i}, ` +
          `max(f.raw) FILTER (WHERE f.key = ${param(k)} AND f.value IS NULL) AS rk${i}`,
      )
      .join(',\n      ');
  const keyList = (keys: readonly string[]) => (keys.length ? `f.key IN (${keys.map(param).join(', ')})` : 'false');
  /** Figures of the year for the keys, one row per report. */
  const yearPivot = (keys: readonly string[]) =>
    `SELECT f.report_id, ${keys.length ? aggregates(keys) : 'NULL AS none'} FROM figure f WHERE f.year = ${year} AND ${keyList(keys)} GROUP BY f.report_id`;
  /** Figures of one report (alias b), for a LEFT JOIN LATERAL. */
  const reportPivot = (keys: readonly string[]) =>
    `SELECT ${keys.length ? aggregates(keys) : 'NULL AS none'} FROM figure f WHERE f.report_id = b.id AND ${keyList(keys)}`;

  /** SQL value of a column over a pivot aliased `v` whose keys are `keys`. */
  const columnExpr = (column: string, keys: readonly string[]): string => {
    const valueOf = (key: string): string => {
      const parts = figureDef(key)?.sumOf;
      const stored = `v.k${keys.indexOf(key)}`;
      return parts ? `COALESCE(${stored}, (${parts.map(valueOf).join(' + ')}))` : stored;
    };
    const sum = (list: readonly string[]) => `(${list.map(valueOf).join(' + ')})`;
    const rate = rateDef(column);
    if (!rate) return valueOf(column);
    if (rate.unit === 'count') return sum(rate.numerator);
    return `(${sum(rate.numerator)} / NULLIF(${sum(rate.denominator)}, 0))`;
  };

  /** The report's failed sum checks (SUM_MISMATCH) holding one of a ratio's input keys, their relations in words. */
  const failedRelations = (keys: readonly string[], lang: 'zh' | 'en') =>
    `(SELECT string_agg(i.message_${lang}, ' | ' ORDER BY i.id) FROM report_issue i WHERE i.report_id = b.id AND i.code = 'SUM_MISMATCH' AND i.keys && ARRAY[${keys.map(param).join(', ')}]::text[])`;
  const keys = [...new Set(query.columns.flatMap(columnKeys))];
  const columns = query.columns
    .map((c, i) => {
      const rate = rateDef(c);
      const sum = (list: readonly string[]) => `(${list.map((k) => columnExpr(k, keys)).join(' + ')})`;
      const ratio = rate?.unit === 'ratio';
      return [
        `${columnExpr(c, keys)} AS c${i}`,
        `${rate ? 'NULL' : `v.pk${keys.indexOf(c)}`} AS p${i}`,
        `${rate ? 'NULL' : `v.rk${keys.indexOf(c)}`} AS r${i}`,
        `${ratio ? sum(rate.numerator) : 'NULL::float8'} AS n${i}`,
        `${ratio ? sum(rate.denominator) : 'NULL::float8'} AS d${i}`,
        `${ratio ? failedRelations(columnKeys(c), 'zh') : 'NULL'} AS fz${i}`,
        `${ratio ? failedRelations(columnKeys(c), 'en') : 'NULL'} AS fe${i}`,
      ].join(', ');
    })
    .join(', ');
  const dir = query.dir === 'asc' ? 'ASC' : 'DESC';
  const computedSort = query.columns.includes(query.sort);
  const limit = query.limit === null ? '' : ` LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}`;
  const baseSelect = `SELECT r.id, r.body, r.scope::text AS scope, r.format, r.error_count,
    q.passed AS q_passed, q.decided AS q_decided, q.failed AS q_failed, array_to_string(q.failed_checks, ',') AS q_failed_checks,
    j.slug, j.name, j.province, j.level
  FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id LEFT JOIN report_quality q ON q.report_id = r.id
  WHERE ${where}`;

  let text: string;
  if (!computedSort) {
    const order =
      query.sort === 'checks'
        ? `q_failed ${dir} NULLS LAST, error_count ${dir}, ${NAME_ORDER}`
        : NAME_ORDER.replace('province ASC', `province ${dir}`).replace('name ASC', `name ${dir}`);
    // Every row of the year: its figures pivoted in one pass over the year's. A page, or one
    // province's rows (a few hundred at most), looks its reports' figures up one by one instead.
    text =
      query.limit === null && query.province === null
        ? `WITH base AS (${baseSelect}), piv AS (${yearPivot(keys)})
SELECT b.*, ${columns} FROM base b LEFT JOIN piv v ON v.report_id = b.id ORDER BY ${order}`
        : `WITH base AS (${baseSelect} ORDER BY ${order}${limit})
SELECT b.*, ${columns} FROM base b LEFT JOIN LATERAL (${reportPivot(keys)}) v ON true ORDER BY ${order}`;
  } else {
    // A ratio whose inputs failed a sum check is shown but never ranked: after the ranked values.
    const sortFailed = rateDef(query.sort)?.unit === 'ratio' ? `(${failedRelations(columnKeys(query.sort), 'zh')} IS NOT NULL)` : 'false';
    const sortKeys = columnKeys(query.sort);
    text = `WITH base AS (${baseSelect}),
sortpiv AS (${yearPivot(sortKeys)}),
page AS (
  SELECT b.*, ${columnExpr(query.sort, sortKeys)} AS sort_value, ${sortFailed} AS sort_failed
  FROM base b LEFT JOIN sortpiv v ON v.report_id = b.id
  ORDER BY sort_failed ASC, sort_value ${dir} NULLS LAST, ${NAME_ORDER}${limit}
)
SELECT b.*, ${columns}
FROM page b LEFT JOIN LATERAL (${reportPivot(keys)}) v ON true
ORDER BY sort_failed ASC, sort_value ${dir} NULLS LAST, ${NAME_ORDER}`;
  }
  return { text, values: p.values };
}
