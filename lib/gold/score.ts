// Scoring a parse against its gold report: each hand-read figure and meta field is exact, missing
// (not printed by the parser, or null) or wrong (a different number: the worst outcome, always
// counted apart). A refused report has every figure and meta field missing.

import { figureDef } from '../figures/keys';
import type { ParseOutcome } from '../parser/types';
import { META_FIELDS, type GoldReport } from './types';

export type Verdict = 'exact' | 'missing' | 'wrong';

/** Figure groups of the accuracy table: the national tables, sentences, pre-2019 tables. */
export type FigureGroup = 'table2' | 'table3' | 'table4' | 'sentences' | 'legacy table';

export interface Tally {
  exact: number;
  missing: number;
  wrong: number;
}

export interface Finding {
  key: string;
  verdict: Verdict;
  expected: number | string | null;
  got: number | string | null | undefined;
  group: FigureGroup | 'meta';
}

export interface Score {
  figures: Tally;
  meta: Tally;
  findings: Finding[];
  refused: string | null;
}

export const emptyTally = (): Tally => ({ exact: 0, missing: 0, wrong: 0 });

export function addTally(into: Tally, t: Tally): Tally {
  into.exact += t.exact;
  into.missing += t.missing;
  into.wrong += t.wrong;
  return into;
}

const TABLE_GROUP = { active: 'table2', applications: 'table3', appeals: 'table4', narrative: 'sentences' } as const;

/** Where a figure of this report is printed. */
export function figureGroup(gold: GoldReport, key: string): FigureGroup {
  return gold.printedIn ?? TABLE_GROUP[figureDef(key)?.table ?? 'narrative'];
}

function verdict(expected: number | string | null, got: number | string | null | undefined): Verdict {
  if (got === undefined || got === null) return expected === null ? 'exact' : 'missing';
  return got === expected ? 'exact' : 'wrong';
}

export function scoreParse(gold: GoldReport, outcome: ParseOutcome): Score {
  const score: Score = { figures: emptyTally(), meta: emptyTally(), findings: [], refused: outcome.ok ? null : outcome.refusal.code };
  const result = outcome.ok ? outcome.result : null;
  for (const [key, expected] of Object.entries(gold.figures)) {
    const got = result ? result.figures[key] : undefined;
    const v = verdict(expected, got);
    score.figures[v]++;
    score.findings.push({ key, verdict: v, expected, got, group: figureGroup(gold, key) });
  }
  for (const field of META_FIELDS) {
    // the place is the jurisdiction: compared by its division code, shown with its name
    const expected = field === 'place' ? `${gold.meta.place} ${gold.meta.divisionCode}` : gold.meta[field];
    const got =
      field === 'place' && result
        ? result.meta.divisionCode === gold.meta.divisionCode
          ? expected
          : result.meta.divisionCode === null
            ? null
            : `${result.meta.place} ${result.meta.divisionCode}`
        : // a format the parser says it could not determine (FORMAT_UNCERTAIN) is a blank, not a reading
          field === 'format' && result?.issues.some((i) => i.code === 'FORMAT_UNCERTAIN')
          ? null
          : result
            ? result.meta[field]
            : undefined;
    const v = verdict(expected, got);
    score.meta[v]++;
    score.findings.push({ key: `meta.${field}`, verdict: v, expected, got, group: 'meta' });
  }
  return score;
}
