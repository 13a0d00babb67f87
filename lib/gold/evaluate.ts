// The accuracy table: every gold report parsed and scored, and its damaged variants (damage.ts)
// scored against the same hand-read values. Pure: the inputs' texts are handed in.

import { cleanText, DEFAULT_EXTRACT_LIMITS } from '../extract';
import { htmlToText } from '../extract/html';
import { damage, DAMAGE_KINDS, type DamageKind } from './damage';
import type { GoldReport } from './types';
import { addTally, emptyTally, scoreParse, type Finding, type Score, type Tally } from './score';
import { parseReport } from '../parser';
import { evaluateLayouts, evaluateTwists, type LayoutRow, type TwistRow } from './layouts/evaluate';

export interface GoldInput {
  gold: GoldReport;
  /** The text lib/extract gives for the file, as upload and ingest read it. */
  text: string;
  /** The file's own text, for HTML (its damages are of the markup). */
  markup: string | null;
}

/** Places each damage is tried at, per report. */
export const VARIANTS_PER_KIND = 6;

export interface ReportRow {
  id: string;
  set: string;
  kind: string;
  format: string;
  score: Score;
}

export interface DamageRow {
  kind: DamageKind;
  variants: number;
  figures: Tally;
  meta: Tally;
  wrong: (Finding & { report: string; at: number })[];
}

export interface Evaluation {
  reports: ReportRow[];
  damaged: DamageRow[];
  /** Tallies by set, format, input kind and figure group (originals only). */
  by: Record<'set' | 'format' | 'kind' | 'group', Map<string, Tally>>;
  /** Reports of the national format rendered in layouts no gold file has (layouts/). */
  layouts: LayoutRow[];
  /** The same reports with the format itself reworked as real reports do (layouts/twists.ts). */
  twists: TwistRow[];
}

function bump(map: Map<string, Tally>, key: string, t: Tally): void {
  addTally(map.get(key) ?? map.set(key, emptyTally()).get(key)!, t);
}

const one = (f: Finding): Tally => ({
  exact: f.verdict === 'exact' ? 1 : 0,
  missing: f.verdict === 'missing' ? 1 : 0,
  wrong: f.verdict === 'wrong' ? 1 : 0,
});

/** The text of a damaged page, as lib/extract reads HTML. */
function htmlInput(html: string): string {
  const out = htmlToText(html, DEFAULT_EXTRACT_LIMITS.maxHtmlDepth);
  return out.ok ? cleanText(out.text) : '';
}

export function evaluate(inputs: readonly GoldInput[], variants = VARIANTS_PER_KIND): Evaluation {
  const by: Evaluation['by'] = { set: new Map(), format: new Map(), kind: new Map(), group: new Map() };
  const reports: ReportRow[] = inputs.map(({ gold, text }) => {
    const score = scoreParse(gold, parseReport(text));
    bump(by.set, gold.set, score.figures);
    bump(by.format, gold.meta.format, score.figures);
    bump(by.kind, gold.kind, score.figures);
    for (const f of score.findings) bump(by.group, f.group, one(f));
    return { id: gold.id, set: gold.set, kind: gold.kind, format: gold.meta.format, score };
  });
  const damaged = DAMAGE_KINDS.map((kind): DamageRow => {
    const row: DamageRow = { kind, variants: 0, figures: emptyTally(), meta: emptyTally(), wrong: [] };
    for (const { gold, text, markup } of inputs) {
      const seen = new Set<string>();
      for (let at = 0; at < variants; at++) {
        const base = kind === 'html-label-split' ? markup : text;
        const broken = base === null ? null : damage(base, kind, at, gold.figures);
        if (broken === null || seen.has(broken)) continue;
        seen.add(broken);
        const input = kind === 'html-label-split' ? htmlInput(broken) : broken;
        const score = scoreParse(gold, parseReport(input));
        row.variants++;
        addTally(row.figures, score.figures);
        addTally(row.meta, score.meta);
        for (const f of score.findings) if (f.verdict === 'wrong') row.wrong.push({ ...f, report: gold.id, at });
      }
    }
    return row;
  });
  return { reports, damaged, by, layouts: evaluateLayouts(), twists: evaluateTwists() };
}
