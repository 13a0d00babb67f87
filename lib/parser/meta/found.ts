// Shared shapes and text helpers of the meta readers.

import type { Span } from '../types';

/** A value read from the text, where it stands, and the rule that read it. */
export interface Found<T> {
  value: T;
  span: Span;
  rule: string;
}

/** ASCII or full-width digit. Dates and years are printed either way (２０２０年). */
export const D = '[0-9０-９]';

export function toInt(s: string): number {
  return Number.parseInt(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, ''), 10);
}

/**
 * Whole-text searches of meta whose cost grows with the number of candidates (由…, 请与…, 综合…)
 * read only the head and the tail of the text, where reports print who compiled them and whom to
 * contact: a 5 MB input then costs no more than a long report.
 */
export const HEAD_CHARS = 20_000;
export const TAIL_CHARS = 10_000;

/** `find` over the text's head, then its tail (offsets are the text's); the whole text when short. */
export function inEnds<T>(text: string, find: (part: string, base: number) => T | null): T | null {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return find(text, 0);
  const tail = text.length - TAIL_CHARS;
  return find(text.slice(0, HEAD_CHARS), 0) ?? find(text.slice(tail), tail);
}

/** The first match of a regex (flags `dg`) with the span of capture group `group`, offsets shifted by `base`. */
export function matchGroup(
  text: string,
  re: RegExp,
  group: number | string,
  base = 0,
): { m: RegExpExecArray; span: Span; value: string } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  if (!m || !m.indices) return null;
  const idx = typeof group === 'number' ? m.indices[group] : m.indices.groups?.[group];
  const value = typeof group === 'number' ? m[group] : m.groups?.[group];
  if (!idx || value === undefined) return null;
  return { m, span: [base + idx[0], base + idx[1]], value };
}

export interface Line {
  text: string;
  start: number;
}

/** The first `n` lines with their start offsets (the rest of the text is not split). */
export function headLines(text: string, n: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (out.length < n && start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ text: text.slice(start, end), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The last `n` lines that are not blank, in text order, found walking back from the end. */
export function tailNonBlankLines(text: string, n: number): Line[] {
  const out: Line[] = [];
  let end = text.length;
  for (;;) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') out.push({ text: line, start });
    if (nl < 0 || out.length === n) break;
    end = nl;
  }
  return out.reverse();
}

/** Span of a trimmed line. */
export function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return [line.start + lead, line.start + line.text.trimEnd().length];
}
