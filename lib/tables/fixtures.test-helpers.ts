// Test fixtures: rows of table 3 as 阜阳市人民政府 printed them in its 2020 report
// (data/reports/seeds/000-fuyang-2020.txt), turned into the figures the parser stores.

import { APPLICANT_COLUMNS } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/domain';
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
