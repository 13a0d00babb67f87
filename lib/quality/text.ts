// What the checks read from a report's text, through the parser's own readers: the sections whose
// headings it holds, and the date signed at its end.

import { readSignature } from '@/lib/parser/meta/dates';
import { normalizeText } from '@/lib/parser/normalize';
import { segment } from '@/lib/parser/segment';

export function sectionsOf(text: string): number[] {
  return segment(normalizeText(text)).sections.map((s) => s.n);
}

export function signedDateOf(text: string): string | null {
  return readSignature(text)?.date.value ?? null;
}
