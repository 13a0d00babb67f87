// A figure read from a sentence, before the pipeline merges it with table figures.

import type { Span } from '../types';

export interface NarrativeFigure {
  /** Figure key of lib/figures/keys.ts: the table cell's key when the sentence means the same. */
  key: string;
  value: number;
  /** The phrase the figure was read from (keyword to unit), in the text given to readNarrative. */
  span: Span;
  /** That phrase as printed: 新收依申请公开835件. */
  raw: string;
  /** Rule id, `narrative.<name>`. */
  rule: string;
}
