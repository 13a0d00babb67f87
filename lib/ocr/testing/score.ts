// Figures read from a scan scored against the text version's: exact / missing / WRONG, the key
// figures (tables 3 and 4) apart from table 2 (主动公开, which no sum protects). Shared by the OCR
// eval and the engine benchmark.

import { readRecognised, THRESHOLDS, type RecognisedType, type Thresholds } from '../index';
import type { OcrDocument } from '../types';

export interface Tally {
  exact: number;
  missing: number;
  wrong: number;
}

export const tally = (): Tally => ({ exact: 0, missing: 0, wrong: 0 });

export function addTally(to: Tally, t: Tally): void {
  to.exact += t.exact;
  to.missing += t.missing;
  to.wrong += t.wrong;
}

export const pct = (t: Tally) => (t.exact + t.missing + t.wrong ? ((100 * t.exact) / (t.exact + t.missing + t.wrong)).toFixed(1) : '-');

export interface Score {
  key: Tally;
  t2: Tally;
  /** `key: expected read as got`, one per wrong figure. */
  wrongs: string[];
  /** Their keys. */
  wrongKeys: string[];
}

export function scoreFigures(expected: Record<string, number>, figures: Record<string, number | null> | undefined): Score {
  const score: Score = { key: tally(), t2: tally(), wrongs: [], wrongKeys: [] };
  for (const [k, v] of Object.entries(expected)) {
    const t = k.startsWith('active.') ? score.t2 : score.key;
    const got = figures?.[k];
    if (got === v) t.exact++;
    else if (got === null || got === undefined) t.missing++;
    else {
      t.wrong++;
      score.wrongs.push(`${k}: ${v} read as ${got}`);
      score.wrongKeys.push(k);
    }
  }
  return score;
}

/** Digit thresholds the guard is tried at: a recognition is laid out and read again at each (no recognition again). */
const CANDIDATES = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98];
const DIGIT_CANDIDATES: readonly Thresholds[] = CANDIDATES.map((digit) => ({ ...THRESHOLDS, digit }));

/** All figures (key and table 2) exact / missing / wrong at each candidate set of thresholds, added to `sweep`. */
export function sweepThresholds(
  sweep: Map<Thresholds, Tally>,
  doc: OcrDocument,
  file: string,
  kind: { fileType: RecognisedType; mimeType: string },
  expected: Record<string, number>,
  candidates: readonly Thresholds[] = DIGIT_CANDIDATES,
): void {
  for (const t of candidates) {
    const again = readRecognised(doc, file, kind, t);
    const s = scoreFigures(expected, again.ok ? again.result.figures : undefined);
    const to = sweep.get(t) ?? tally();
    addTally(to, s.key);
    addTally(to, s.t2);
    sweep.set(t, to);
  }
}
