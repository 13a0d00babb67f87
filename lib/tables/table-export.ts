// The /table result as CSV (UTF-8 with BOM, via lib/http/csv.ts) and JSON: one row per report,
// the chosen columns, and for figure columns the provenance of the stored figure.

import type { Lang } from '@/lib/figures/keys';
import type { TableRow } from '@/lib/domain';
import { toCsv } from '@/lib/http/csv';
import { columnLabel, isRateColumn } from './column-labels';

const FIXED = {
  zh: ['报告ID', '省份', '辖区', '辖区代号', '层级', '报告主体', '范围', '格式', '核验未通过项数', '体检通过', '体检已判', '体检未通过项'],
  en: [
    'report id',
    'province',
    'jurisdiction',
    'slug',
    'level',
    'reporting body',
    'scope',
    'format',
    'failed checks',
    'quality passed',
    'quality decided',
    'quality failed',
  ],
};

export function tableCsv(rows: readonly TableRow[], columns: readonly string[], lang: Lang): string {
  const header = [...FIXED[lang]];
  for (const c of columns) {
    header.push(`${columnLabel(c, lang)} [${c}]`);
    if (!isRateColumn(c)) header.push(`${lang === 'zh' ? '出处' : 'provenance'} [${c}]`);
  }
  const body = rows.map((r) => {
    const q = r.quality;
    const line: (string | number | null)[] = [r.reportId, r.province, r.name, r.slug, r.level, r.body, r.scope, r.format, r.errorCount];
    line.push(q?.passed ?? null, q?.decided ?? null, q ? q.failedIds.join(' ') : null);
    for (const c of columns) {
      line.push(r.cells[c]?.value ?? null);
      if (!isRateColumn(c)) line.push(r.cells[c]?.provenance ?? null);
    }
    return line;
  });
  return toCsv(header, body);
}

export interface TableJson {
  year: number;
  filters: Record<string, string | boolean | null>;
  columns: { id: string; label: string; kind: 'figure' | 'rate' }[];
  total: number;
  rows: TableRow[];
}

export function tableJson(
  year: number,
  filters: TableJson['filters'],
  rows: TableRow[],
  columns: readonly string[],
  lang: Lang,
): TableJson {
  return {
    year,
    filters,
    columns: columns.map((id) => ({ id, label: columnLabel(id, lang), kind: isRateColumn(id) ? 'rate' : 'figure' })),
    total: rows.length,
    rows,
  };
}
