// SQL of the /table query, built from the figure and rate catalogues: filter and count on report ⋈
// jurisdiction, pivot the needed figures of each report with one indexed lateral lookup, compute
// group sums and rates in SQL (+ keeps NULL, so a missing part leaves the sum missing, as in
// lib/figures/rates.ts), sort with NULLs last, limit. Keys and filter values travel as parameters.

import { figureDef } from '@/lib/figures/keys';
import { expandKeys, rateDef } from '@/lib/figures/rates';
import type { TableFilter, TableQuery } from './types';

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
  const where = [`r.year = ${p.add(filter.year)}`];
  if (filter.province !== null) where.push(`j.province = ${p.add(filter.province)}`);
  if (filter.level !== null) where.push(`j.level = ${p.add(filter.level)}`);
  if (filter.scope !== null) where.push(`r.scope = ${p.add(filter.scope)}::"ReportScope"`);
  if (filter.failedOnly) where.push('r.error_count > 0');
  return where.join(' AND ');
}

export function countSql(filter: TableFilter): SqlText {
  const p = new Params();
  const where = whereClause(filter, p);
  return { text: `SELECT count(*)::int AS total FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id WHERE ${where}`, values: p.values };
}

/** Stored keys a column reads. */
export function columnKeys(column: string): string[] {
  const rate = rateDef(column);
  return rate ? expandKeys([...rate.numerator, ...rate.denominator]) : expandKeys([column]);
}

const NAME_ORDER = 'province ASC NULLS LAST, name ASC, body ASC, id ASC';

/**
 * Rows of one page with columns c0…cn (values) and p0…pn (provenance of figure columns). When the
 * sort is not a computed column, the page is cut before the pivot so only its rows are looked up.
 */
export function pageSql(query: TableQuery): SqlText {
  const p = new Params();
  const where = whereClause(query, p);
  const keys = [...new Set(query.columns.flatMap(columnKeys))];
  const alias = new Map(keys.map((k, i) => [k, `k${i}`]));
  const keyParams = keys.map((k) => p.add(k));

  const valueOf = (key: string): string => {
    const parts = figureDef(key)?.sumOf;
    const stored = `v.${alias.get(key)}`;
    return parts ? `COALESCE(${stored}, (${parts.map(valueOf).join(' + ')}))` : stored;
  };
  const sum = (list: readonly string[]) => `(${list.map(valueOf).join(' + ')})`;
  const columnExpr = (column: string): string => {
    const rate = rateDef(column);
    if (!rate) return valueOf(column);
    if (rate.unit === 'count') return sum(rate.numerator);
    return `(${sum(rate.numerator)} / NULLIF(${sum(rate.denominator)}, 0))`;
  };

  const pivot = keys.length
    ? keys.map((k, i) => `max(f.value) FILTER (WHERE f.key = ${keyParams[i]}) AS k${i}, max(f.provenance::text) FILTER (WHERE f.key = ${keyParams[i]}) AS pk${i}`).join(',\n      ')
    : 'NULL AS none';
  const lateralKeys = keys.length ? `f.key IN (${keyParams.join(', ')})` : 'false';
  const columns = query.columns
    .map((c, i) => `${columnExpr(c)} AS c${i}, ${rateDef(c) ? 'NULL' : `v.p${alias.get(c)}`} AS p${i}`)
    .join(', ');

  const dir = query.dir === 'asc' ? 'ASC' : 'DESC';
  const sortIndex = query.columns.indexOf(query.sort);
  const computedSort = sortIndex >= 0;
  const baseOrder = query.sort === 'checks' ? `error_count ${dir}, ${NAME_ORDER}` : NAME_ORDER.replace('province ASC', `province ${dir}`).replace('name ASC', `name ${dir}`);
  const order = computedSort ? `c${sortIndex} ${dir} NULLS LAST, ${NAME_ORDER}` : baseOrder;
  const limit = query.limit === null ? '' : ` LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}`;

  const text = `
WITH base AS (
  SELECT r.id, r.body, r.scope::text AS scope, r.format, r.error_count, j.slug, j.name, j.province, j.level
  FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
  WHERE ${where}${computedSort ? '' : `\n  ORDER BY ${baseOrder}${limit}`}
)
SELECT b.*, ${columns}
FROM base b
LEFT JOIN LATERAL (
  SELECT ${pivot}
  FROM figure f WHERE f.report_id = b.id AND ${lateralKeys}
) v ON true
ORDER BY ${order}${computedSort ? limit : ''}`;
  return { text, values: p.values };
}
