// The measure picker's choices: rates, then table 3 rows (with an applicant column), table 4 groups
// (with a result column), table 2 figures and sentence figures. A choice is a "row"; the column
// picker completes it to a figure key. Pure data, read on the server (control-options.ts).

import {
  APPLICANT_COLUMNS,
  FIGURES,
  figureDef,
  LITIGATION_GROUP,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Label,
} from '@/lib/figures/keys';
import { RATES } from '@/lib/figures/rates';
import type { Measure } from '@/lib/view-state/params';

export { measureValueOf } from './measure-value';

export type MeasureGroupId = 'rates' | 'applications' | 'appeals' | 'active' | 'narrative';

export interface MeasureChoice extends Label {
  /** `rate:<id>`, `t3:<row>`, `t4:<group>` or `key:<figure key>`. */
  value: string;
  /** Column choices when the row needs one (table 3 and 4). */
  columns?: 'applicants' | 'results';
}

export interface MeasureGroup {
  id: MeasureGroupId;
  choices: MeasureChoice[];
}

export const COLUMN_CHOICES = {
  applicants: APPLICANT_COLUMNS.map((c) => ({ id: c.id, zh: c.zh, en: c.en })),
  results: TABLE4_COLUMNS.map((c) => ({ id: c.id, zh: c.zh, en: c.en })),
} as const;

export const MEASURE_GROUPS: readonly MeasureGroup[] = [
  { id: 'rates', choices: RATES.map((r) => ({ value: `rate:${r.id}`, zh: r.zh, en: r.en })) },
  {
    id: 'applications',
    choices: [
      ...TABLE3_ROWS.filter((r) => !r.parent || r.parent === 'results').map((r) => r),
      ...TABLE3_GROUPS,
      ...TABLE3_ROWS.filter((r) => r.parent && r.parent !== 'results'),
    ].map((r) => ({ value: `t3:${r.id}`, zh: r.zh, en: r.en, columns: 'applicants' as const })),
  },
  {
    id: 'appeals',
    choices: [...TABLE4_GROUPS, LITIGATION_GROUP].map((g) => ({ value: `t4:${g.id}`, zh: g.zh, en: g.en, columns: 'results' as const })),
  },
  { id: 'active', choices: FIGURES.filter((f) => f.table === 'active').map((f) => ({ value: `key:${f.key}`, zh: f.zh, en: f.en })) },
  { id: 'narrative', choices: FIGURES.filter((f) => f.table === 'narrative').map((f) => ({ value: `key:${f.key}`, zh: f.zh, en: f.en })) },
];

/** The picker's (choice, column) for a measure. */
export function choiceOf(measure: Measure): { choice: string; column: string | null } {
  if (measure.kind === 'rate') return { choice: `rate:${measure.id}`, column: null };
  const def = figureDef(measure.key);
  if (def?.table === 'applications') return { choice: `t3:${def.row}`, column: def.column ?? 'total' };
  if (def?.table === 'appeals') return { choice: `t4:${def.row}`, column: def.column ?? 'total' };
  return { choice: `key:${measure.key}`, column: null };
}
