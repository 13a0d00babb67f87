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

/** The first match of a global/sticky-free regex with the span of capture group `group`. */
export function matchGroup(text: string, re: RegExp, group: number | string, from = 0): { m: RegExpExecArray; span: Span; value: string } | null {
  const flags = re.flags.includes('d') ? re.flags : re.flags + 'd';
  const r = new RegExp(re.source, flags.includes('g') ? flags : flags + 'g');
  r.lastIndex = from;
  const m = r.exec(text);
  if (!m || !m.indices) return null;
  const idx = typeof group === 'number' ? m.indices[group] : m.indices.groups?.[group];
  const value = typeof group === 'number' ? m[group] : m.groups?.[group];
  if (!idx || value === undefined) return null;
  return { m, span: [idx[0], idx[1]], value };
}

/** Lines of the text with their start offsets. */
export function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

/** Span of a trimmed line. */
export function trimmedSpan(line: { text: string; start: number }): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return [line.start + lead, line.start + line.text.trimEnd().length];
}
