// readNarrative: figures stated in sentences. Placeholder with the agreed signature until the
// sentence reader lands: it reads no figures, so the parser relies on the tables alone.

import type { ParseIssue } from '../types';
import type { NarrativeFigure } from './types';

export type { NarrativeFigure } from './types';

export function readNarrative(text: string, ctx: { year: number | null; tablesFound: boolean }): { figures: NarrativeFigure[]; issues: ParseIssue[] } {
  void text;
  void ctx;
  return { figures: [], issues: [] };
}
