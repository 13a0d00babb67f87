// The gold set (data/gold/): figures and meta of real reports read by hand, as printed. The one
// source of expected values for `npm run eval` and the parser's property test.

import type { ReportFormat } from '../figures/keys';
import type { AdminLevel } from '../parser/types';
import type { ReportScope } from '../domain/report';

export type GoldSet = 'dev' | 'unseen';
export type InputKind = 'text' | 'html' | 'docx' | 'doc' | 'pdf';

export interface GoldMeta {
  year: number;
  place: string;
  /** GB/T 2260 code of the place: the place is scored by it (洪泽区 and 淮安市洪泽区 are one place). */
  divisionCode: string;
  level: AdminLevel;
  scope: ReportScope;
  format: ReportFormat;
}

export interface GoldReport {
  id: string;
  set: GoldSet;
  /** Path of the input file, from the repository's root. */
  source: string;
  kind: InputKind;
  meta: GoldMeta;
  /** Figure key → the value the report prints (null: printed blank or "/"). */
  figures: Record<string, number | null>;
  /** Where the report prints its figures when not in the national tables (seed 002 lost its
   * tables; pre-2019 reports print sentences or their province's own table). */
  printedIn?: 'sentences' | 'legacy table';
  notes: string;
}

export const META_FIELDS = ['year', 'place', 'level', 'scope', 'format'] as const satisfies readonly (keyof GoldMeta)[];
