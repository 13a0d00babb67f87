// Test fixtures: rows of table 3 as 阜阳市人民政府 printed them in its 2020 report
// (data/reports/seeds/000-fuyang-2020.txt), turned into the figures the parser stores; and any
// bundled report read by the parser.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPLICANT_COLUMNS, type ReportFormat } from '@/lib/figures/keys';
import type { FigureView, IssueView } from '@/lib/domain';
import { parseReport } from '@/lib/parser';
import { SAMPLE3 } from '@/lib/parser/testing/build';

/** Table 3 of seed 000 from its first row through the 不予公开 reasons (the parser tests' hand-read sample). */
export const FUYANG_2020_ROWS = Object.fromEntries(
  Object.entries(SAMPLE3).slice(0, Object.keys(SAMPLE3).indexOf('results.denied.adminQuery') + 1),
);

/** Figures of the given rows, as table cells with consecutive fake spans. */
export function tableFigures(rows: Record<string, readonly (number | null)[]>): FigureView[] {
  let at = 0;
  return Object.entries(rows).flatMap(([row, values]) =>
    APPLICANT_COLUMNS.map((col, i) => {
      const value = values[i] ?? null;
      const raw = value === null ? '' : String(value);
      const span: [number, number] = [at, at + Math.max(raw.length, 1)];
      at = span[1] + 1;
      return { key: `${row}.${col.id}`, value, provenance: 'table' as const, rule: 'table3.lines', raw, basis: null, span };
    }),
  );
}

/** A bundled report (a path under data/reports) read by the parser, as the database hands it to lib/tables. */
export function parsedReport(file: string): { figures: FigureView[]; issues: IssueView[]; format: ReportFormat; year: number } {
  const outcome = parseReport(readFileSync(path.join('data/reports', file), 'utf8'), { fileName: path.basename(file) });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.refusal.message.en}`);
  const { meta, figures, provenance, issues } = outcome.result;
  return {
    format: meta.format,
    year: meta.year!,
    figures: Object.entries(figures).map(([key, value]) => {
      const p = provenance[key]!;
      return { key, value, provenance: p.via, rule: p.rule, raw: p.raw ?? null, basis: p.basis ?? null, span: p.span };
    }),
    issues: issues.map((i, n) => ({
      id: n + 1,
      code: i.code,
      severity: i.severity,
      message: i.message,
      keys: i.keys,
      numbers: i.numbers ?? null,
      span: i.span ?? null,
    })),
  };
}
