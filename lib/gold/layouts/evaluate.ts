// The unseen-layouts part of the accuracy table: models (model.ts) rendered in every layout
// (render.ts), parsed as uploads are read (HTML through lib/extract's reader, text cleaned), and
// scored against the models (truth.ts): figures, the key figures, meta.

import { cleanText, DEFAULT_EXTRACT_LIMITS } from '../../extract';
import { htmlToText } from '../../extract/html';
import { parseReport } from '../../parser';
import { addTally, emptyTally, scoreParse, type Finding, type Score, type Tally } from '../score';
import { makeModel, type LayoutModel } from './model';
import { LAYOUTS, render, type LayoutKind, type Rendering } from './render';
import { goldOf, scoreUnprinted } from './truth';

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

/** Models per layout in `npm run eval`: each with its own seed and variant. */
export const MODELS_PER_LAYOUT = 24;

export function evaluateLayouts(models = MODELS_PER_LAYOUT): LayoutRow[] {
  return LAYOUTS.map((layout, li) => {
    const row: LayoutRow = { layout, renderings: 0, figures: emptyTally(), key: emptyTally(), meta: emptyTally(), wrong: [] };
    for (let k = 0; k < models; k++) {
      const seed = 1000 * (li + 1) + k;
      const model = makeModel(seed, { format: k % 2 === 0 ? '2019' : '2021', zeroForms: k % 3 === 2 });
      const score = scoreRendering(model, layout, k);
      row.renderings++;
      addTally(row.figures, score.figures);
      addTally(row.meta, score.meta);
      for (const f of score.findings) {
        if (KEY_FIGURES.has(f.key)) row.key[f.verdict]++;
        if (f.verdict === 'wrong') row.wrong.push({ ...f, seed, at: k });
      }
    }
    return row;
  });
}
