// parseReport: the text of one annual report in, its figures with provenance and issues out.
// Pure and total: it never throws on any string; text that is no report is refused.

import { makeIssue } from './issues';
import { assemble, runStages } from './pipeline';
import type { ParseOptions, ParseOutcome } from './types';

export type * from './types';
export { PARSER_VERSION } from './types';

export function parseReport(text: string, options: ParseOptions = {}): ParseOutcome {
  if (typeof text !== 'string') {
    return { ok: false, refusal: makeIssue('EMPTY_INPUT', '输入不是文字。', 'The input is not text.') };
  }
  const ctx = runStages(text, options);
  if (ctx.refusal) return { ok: false, refusal: ctx.refusal };
  return { ok: true, result: assemble(ctx) };
}
