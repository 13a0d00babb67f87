// The unseen-layouts part of the accuracy table: models (model.ts) rendered in every layout
// (render.ts), parsed as uploads are read (HTML through lib/extract's reader, text cleaned), and
// scored against the models (truth.ts): figures, the key figures, meta.

import { cleanText, DEFAULT_EXTRACT_LIMITS } from '../../extract';
import { htmlToText } from '../../extract/html';
import { parseReport } from '../../parser';
import { addTally, emptyTally, scoreParse, type Finding, type Score, type Tally } from '../score';
import { makeModel, type LayoutModel } from './model';
import { LAYOUTS, render, reportBlocks, type LayoutKind, type Rendering } from './render';
import { goldOf, scoreUnprinted } from './truth';
import { EXPLORE_KINDS, familyModel, printedKeys, twistOf, TWIST_KINDS, wordChars, type TwistKind } from './twists';

/** The figures issue #9 measures on unseen reports. */
export const KEY_FIGURES = new Set([
  'applications.new.total',
  'applications.carriedOver.total',
  'results.granted.total',
  'results.partial.total',
  'results.total.total',
  'carriedForward.total',
  'review.total',
  'litigationDirect.total',
  'litigationAfterReview.total',
]);

export interface LayoutRow {
  layout: LayoutKind;
  renderings: number;
  figures: Tally;
  key: Tally;
  meta: Tally;
  wrong: (Finding & { seed: number; at: number })[];
}

/** The text the parser gets for a rendering: HTML as lib/extract reads it, text as it cleans it. */
export function inputOf(r: Rendering): string {
  if (!r.html) return cleanText(r.content);
  const out = htmlToText(r.content, DEFAULT_EXTRACT_LIMITS.maxHtmlDepth);
  return out.ok ? cleanText(out.text) : '';
}

export function scoreRendering(model: LayoutModel, layout: LayoutKind, at: number): Score {
  const gold = goldOf(model, `${layout} ${model.seed}@${at}`);
  const outcome = parseReport(inputOf(render(model, layout, at)));
  return scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome));
}

/** A model reworked by a family of twists.ts, printed in a layout: the text the parser gets. */
export function twistedInput(model: LayoutModel, layout: LayoutKind, at: number, kind: TwistKind): string {
  const m = familyModel(kind, model);
  const r = render(m, layout, at, twistOf(kind, m, at));
  return inputOf(kind === 'word-chars' && r.html ? { ...r, content: wordChars(r.content) } : r);
}

/** Scored against what the reworked report prints (its blocks' keys). */
export function scoreTwisted(model: LayoutModel, layout: LayoutKind, at: number, kind: TwistKind): Score {
  const m = familyModel(kind, model);
  const printed = printedKeys(reportBlocks(m, at, twistOf(kind, m, at)));
  const gold = goldOf(m, `${kind} ${layout} ${model.seed}@${at}`, printed);
  const outcome = parseReport(twistedInput(model, layout, at, kind));
  return scoreUnprinted(m, gold, outcome, scoreParse(gold, outcome), printed);
}

/** Models per layout in `npm run eval`: each with its own seed and variant. */
export const MODELS_PER_LAYOUT = 24;

function tallyInto(row: Omit<LayoutRow, 'layout'>, score: Score, seed: number, at: number): void {
  row.renderings++;
  addTally(row.figures, score.figures);
  addTally(row.meta, score.meta);
  for (const f of score.findings) {
    if (KEY_FIGURES.has(f.key)) row.key[f.verdict]++;
    if (f.verdict === 'wrong') row.wrong.push({ ...f, seed, at });
  }
}

const emptyRow = () => ({ renderings: 0, figures: emptyTally(), key: emptyTally(), meta: emptyTally(), wrong: [] });

export function evaluateLayouts(models = MODELS_PER_LAYOUT): LayoutRow[] {
  return LAYOUTS.map((layout, li) => {
    const row: LayoutRow = { layout, ...emptyRow() };
    for (let k = 0; k < models; k++) {
      const seed = 1000 * (li + 1) + k;
      const model = makeModel(seed, { format: k % 2 === 0 ? '2019' : '2021', zeroForms: k % 3 === 2 });
      tallyInto(row, scoreRendering(model, layout, k), seed, k);
    }
    return row;
  });
}

export type TwistRow = Omit<LayoutRow, 'layout'> & { kind: TwistKind };

/** Models per family and layout in `npm run eval` (word-chars: its HTML only, MODELS_PER_LAYOUT of them). */
export const MODELS_PER_TWIST = 4;

/** Every family of twists.ts on every layout (word-chars on Word's HTML), with seeds of its own. */
export function evaluateTwists(models = MODELS_PER_TWIST, kinds: readonly TwistKind[] = TWIST_KINDS): TwistRow[] {
  return kinds.map((kind) => {
    const ki = [...TWIST_KINDS, ...EXPLORE_KINDS].indexOf(kind);
    const row: TwistRow = { kind, ...emptyRow() };
    const layouts: readonly LayoutKind[] = kind === 'word-chars' ? ['html-word'] : LAYOUTS;
    const perLayout = kind === 'word-chars' ? MODELS_PER_LAYOUT : models;
    layouts.forEach((layout, li) => {
      for (let k = 0; k < perLayout; k++) {
        const seed = 100_000 + 1000 * ki + 50 * li + k;
        const at = 4 * k + li;
        const model = makeModel(seed, { format: k % 2 === 0 ? '2019' : '2021', zeroForms: k % 3 === 2 });
        tallyInto(row, scoreTwisted(model, layout, at, kind), seed, at);
      }
    });
    return row;
  });
}
