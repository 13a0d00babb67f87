// What the checks read from a report's text, through the parser's own readers: the sections whose
// headings it holds, and the dates printed in it.

import { readSignature } from '@/lib/parser/meta/dates';
import { normalizeText } from '@/lib/parser/normalize';
import { segment } from '@/lib/parser/segment';

export function sectionsOf(text: string): number[] {
  return segment(normalizeText(text)).sections.map((s) => s.n);
}

/**
 * The dates printed in a report: the date signed at its end, and a publication date printed with
 * its text (`publishedOn`, the parser's: a 发布时间 field of a saved page, else the signed date
 * itself, which is then not counted twice).
 */
export function printedDatesOf(text: string | null, publishedOn: string | null): { printed: string | null; signed: string | null } {
  const signed = text === null ? null : (readSignature(text)?.date.value ?? null);
  return { printed: publishedOn !== signed ? publishedOn : null, signed };
}
