// What a rendering of a model says, figure by figure, and the parser's result scored against it.
// A figure printed as a number must be read exactly (else missing, or WRONG); a figure the text
// does not print as a number (a sum no table prints, a cell printed blank, "/" or "—") may be left
// out, but a value the parser gives for it must be the model's (determined by the sums) or it is
// WRONG; a figure key the model does not have at all is WRONG whenever the parser gives a number.

import { APPLICANT_COLUMNS, FIGURES, TABLE2_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../figures/keys';
import type { ParseOutcome } from '../../parser/types';
import type { Finding, Score } from '../score';
import { figureGroup } from '../score';
import type { GoldReport } from '../types';
import type { LayoutModel } from './model';

export interface Truth {
  /** Figure key → the model's value. */
  values: Map<string, number>;
  /** Keys printed as numbers: these must be read. */
  printed: Set<string>;
}

const SUMS = FIGURES.filter((f) => f.sumOf);

/** `printed`: the keys a reworked report prints (twists.ts), instead of the template's. */
export function truthOf(model: LayoutModel, printedAs?: ReadonlySet<string>): Truth {
  const values = new Map<string, number>();
  const printed = new Set<string>();
  const put = (key: string, v: number, isPrinted: boolean) => {
    values.set(key, v);
    if (printedAs ? printedAs.has(key) : isPrinted) printed.add(key);
  };
  for (const [row, cells] of Object.entries(model.table3)) {
    APPLICANT_COLUMNS.forEach((c, i) => {
      const key = `${row}.${c.id}`;
      put(key, cells[i]!, !(key in model.zeroForms) || model.zeroForms[key] === '0');
    });
  }
  let i = 0;
  for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) put(`${g.id}.${c.id}`, model.table4[i++]!, true);
  const columns = TABLE2_COLUMNS[model.format];
  for (const r of model.table2) columns[r.item]!.forEach((c, k) => put(`${r.item}.${c.id}`, r.values[k]!, true));
  put('narrative.activeItems', model.activeItems, true);
  // the sums no table prints (groups of table 3, all lawsuits; 2021's (六) of its three sub-rows)
  for (const f of SUMS) {
    const parts = f.sumOf!.map((k) => values.get(k));
    if (parts.every((v) => v !== undefined))
      put(
        f.key,
        parts.reduce((a, b) => a! + b!, 0)!,
        false,
      );
  }
  if (model.format === '2021') {
    APPLICANT_COLUMNS.forEach((c) => {
      const parts = ['results.otherNoCorrection', 'results.otherUnpaidFee', 'results.otherMisc'].map((r) => values.get(`${r}.${c.id}`)!);
      put(
        `results.other.${c.id}`,
        parts.reduce((a, b) => a + b, 0),
        false,
      );
    });
  }
  return { values, printed };
}

/** The model as a gold report (meta as printed; figures: those printed as numbers). */
export function goldOf(model: LayoutModel, id: string, printedAs?: ReadonlySet<string>): GoldReport {
  const truth = truthOf(model, printedAs);
  return {
    id,
    set: 'unseen',
    source: `(rendering of model ${model.seed})`,
    kind: 'text',
    meta: {
      year: model.year,
      place: model.body.place,
      divisionCode: model.body.divisionCode,
      level: model.body.level,
      scope: model.body.scope,
      format: model.format,
    },
    figures: Object.fromEntries([...truth.printed].map((k) => [k, truth.values.get(k)!])),
    notes: '',
  };
}

/**
 * Adds to a score (scoreParse of goldOf) what the gold report cannot say: figures not printed as
 * numbers are wrong when the parser gives another value, and so is any key the model lacks.
 */
export function scoreUnprinted(
  model: LayoutModel,
  gold: GoldReport,
  outcome: ParseOutcome,
  score: Score,
  printedAs?: ReadonlySet<string>,
): Score {
  if (!outcome.ok) return score;
  const truth = truthOf(model, printedAs);
  for (const [key, got] of Object.entries(outcome.result.figures)) {
    if (got === null || truth.printed.has(key)) continue;
    const expected = truth.values.get(key) ?? null;
    const ok = expected === got;
    const f: Finding = { key, verdict: ok ? 'exact' : 'wrong', expected, got, group: figureGroup(gold, key) };
    if (!ok) {
      score.figures.wrong++;
      score.findings.push(f);
    }
  }
  return score;
}
