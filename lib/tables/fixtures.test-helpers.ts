// Test fixtures: rows of table 3 as 阜阳市人民政府 printed them in its 2020 report
// (data/reports/seeds/000-fuyang-2020.txt), turned into the figures the parser stores.

import { APPLICANT_COLUMNS } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/db/queries/report/types';

export const FUYANG_2020_ROWS: Record<string, number[]> = {
  'applications.new': [790, 6, 0, 2, 26, 11, 835],
  'applications.carriedOver': [14, 1, 0, 0, 0, 0, 15],
  'results.granted': [249, 3, 0, 2, 16, 0, 270],
  'results.partial': [79, 1, 0, 0, 1, 0, 81],
  'results.denied.stateSecret': [4, 0, 0, 0, 0, 0, 4],
  'results.denied.lawForbidden': [3, 0, 0, 0, 0, 0, 3],
  'results.denied.threeSecurity': [0, 0, 0, 0, 0, 0, 0],
  'results.denied.thirdParty': [23, 0, 0, 0, 0, 11, 34],
  'results.denied.internalAffairs': [2, 0, 0, 0, 0, 0, 2],
  'results.denied.processInfo': [0, 0, 0, 0, 0, 0, 0],
  'results.denied.enforcementFile': [5, 0, 0, 0, 0, 0, 5],
  'results.denied.adminQuery': [1, 1, 0, 0, 0, 0, 2],
};

/** Figures of the given rows, as table cells with consecutive fake spans. */
export function tableFigures(rows: Record<string, (number | null)[]>): FigureView[] {
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
