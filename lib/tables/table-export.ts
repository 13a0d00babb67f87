// The /table result as CSV (UTF-8 with BOM, via lib/http/csv.ts) and JSON: one row per report with
// its year and link (at the public origin the caller passes), the chosen columns; for a figure its
// provenance, or for a figure without a number the one notation's mark (… □ / —); for a ratio its
// numerator, denominator and why it is not computed or not ranked.

import type { Lang } from '@/lib/figures/keys';
import type { TableRow } from '@/lib/domain';
import { rateDef } from '@/lib/figures/rates';
import { toCsv } from '@/lib/http/csv';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NOTATION } from '@/lib/i18n/notation';
import { columnLabel } from './column-labels';
import { noNumberOf } from '@/lib/figures/no-number';
import { rateNote } from './table-cell-status';

const FIXED = {
  zh: [
    '报告ID',
    '年度',
    '报告链接',
    '省份',
    '辖区',
    '辖区代号',
    '层级',
    '报告主体',
    '范围',
    '格式',
    '核验未通过项数',
    '体检通过',
    '体检已判',
    '体检未通过项',
  ],
  en: [
    'report id',
    'year',
    'report url',
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

const WORDS = {
  zh: { provenance: '出处', numerator: '分子', denominator: '分母', note: '说明' },
  en: { provenance: 'provenance', numerator: 'numerator', denominator: 'denominator', note: 'note' },
};

export function tableCsv(rows: readonly TableRow[], columns: readonly string[], lang: Lang, year: number, origin: string): string {
  const w = WORDS[lang];
  const header = [...FIXED[lang]];
  for (const c of columns) {
    header.push(`${columnLabel(c, lang)} [${c}]`);
    const rate = rateDef(c);
    if (!rate) header.push(`${w.provenance} [${c}]`);
    else if (rate.unit === 'ratio') header.push(`${w.numerator} [${c}]`, `${w.denominator} [${c}]`, `${w.note} [${c}]`);
  }
  const body = rows.map((r) => {
    const q = r.quality;
    const line: (string | number | null)[] = [r.reportId, year, `${origin}/reports/${r.reportId}`];
    line.push(r.province, r.name, r.slug, r.level, r.body, r.scope, r.format, r.errorCount);
    line.push(q?.passed ?? null, q?.decided ?? null, q ? q.failedIds.join(' ') : null);
    for (const c of columns) {
      const cell = r.cells[c];
      const rate = rateDef(c);
      line.push(cell?.value ?? null);
      if (!rate) {
        const none = noNumberOf(c, cell, r.format);
        line.push(none ? NOTATION[none].mark : (cell?.provenance ?? null));
      } else if (rate.unit === 'ratio') {
        line.push(cell?.numerator ?? null, cell?.denominator ?? null, rateNote(rate, cell)?.[lang] ?? null);
      }
    }
    return line;
  });
  return toCsv(header, body);
}

/** The title of a /table view, for citations and downloads: 总表 · 2020 · 浙江省. */
export function tableTitle(year: number | null, province: string | null, lang: Lang): string {
  return [drilldownMessages[lang].table.title, year, province].filter(Boolean).join(' · ');
}

export interface TableJson {
  year: number;
  filters: Record<string, string | boolean | null>;
  columns: { id: string; label: string; kind: 'figure' | 'rate' }[];
  /** How a figure without a number is marked (the provenance of such a cell in the CSV). */
  notation: { mark: string; meaning: string }[];
  total: number;
  rows: (TableRow & { year: number; reportUrl: string })[];
}

export function tableJson(
  year: number,
  filters: TableJson['filters'],
  rows: readonly TableRow[],
  columns: readonly string[],
  lang: Lang,
  origin: string,
): TableJson {
  return {
    year,
    filters,
    columns: columns.map((id) => ({ id, label: columnLabel(id, lang), kind: rateDef(id) ? 'rate' : 'figure' })),
    notation: Object.values(NOTATION).map((n) => ({ mark: n.mark, meaning: n[lang] })),
    total: rows.length,
    rows: rows.map((r) => ({ ...r, year, reportUrl: `${origin}/reports/${r.reportId}` })),
  };
}
