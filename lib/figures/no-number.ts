// Which of the four kinds of "no number" a figure of a report is (lib/i18n/notation.ts): a stored
// figure without a value was printed blank or as "/" (or other text); a figure not stored was not
// read when the report's format prints it, and is not in the format otherwise. Never 0.

import { formatNumber } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import { NOTATION, type NoNumber } from '@/lib/i18n/notation';
import { figureDef, type ReportFormat } from './keys';

/** What a stored figure holds, as far as telling its absence apart needs. */
export interface StoredFigure {
  value: number | null;
  /** null: no figure stored for the key. */
  provenance: string | null;
  /** The printed text of a cell without a number ("/", "-"); empty or null for a blank. */
  raw?: string | null;
}

/** How a table cell without a number was printed, from its text: "/" (or other text), or blank. */
export function printedNoNumber(raw: string | null | undefined): 'slash' | 'blank' {
  return raw && raw.trim() !== '' ? 'slash' : 'blank';
}

/** How a stored figure without a value was printed; null when it holds a number. */
function storedNoNumber(stored: StoredFigure & { provenance: string }): NoNumber | null {
  if (stored.value !== null) return null;
  // Only a table cell is printed blank or as "/"; a sentence or a sum without a number was not read.
  if (stored.provenance !== 'table') return 'notRead';
  return printedNoNumber(stored.raw);
}

/** The kind of "no number" of `key` in a report of `format`; null when it holds a number. */
export function noNumberOf(key: string, stored: StoredFigure | undefined, format: string): NoNumber | null {
  if (stored?.provenance) return storedNoNumber({ ...stored, provenance: stored.provenance });
  const formats = figureDef(key)?.formats;
  return formats && !formats.includes(format as ReportFormat) ? 'notInFormat' : 'notRead';
}

/** A stored figure as every page prints it: its number, or the mark of how its cell was printed. */
export function storedFigureText(stored: StoredFigure & { provenance: string }, lang: Lang): string {
  const none = storedNoNumber(stored);
  return none ? NOTATION[none].mark : formatNumber(stored.value!, lang);
}
