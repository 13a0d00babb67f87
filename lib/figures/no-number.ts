// Which of the four kinds of "no number" a figure of a report is (lib/i18n/notation.ts): a stored
// figure without a value was printed blank or as "/" (or other text); a figure not stored was not
// read when the report's format prints it, and is not in the format otherwise. Never 0.

import type { NoNumber } from '@/lib/i18n/notation';
import { figureDef, type ReportFormat } from './keys';

/** What a stored figure holds, as far as telling its absence apart needs. */
export interface StoredFigure {
  value: number | null;
  /** null: no figure stored for the key. */
  provenance: string | null;
  /** The printed text of a cell without a number ("/", "-"); empty or null for a blank. */
  raw?: string | null;
}

/** The kind of "no number" of `key` in a report of `format`; null when it holds a number. */
export function noNumberOf(key: string, stored: StoredFigure | undefined, format: string): NoNumber | null {
  if (stored?.provenance) {
    if (stored.value !== null) return null;
    // Only a table cell is printed blank or as "/"; a sentence or a sum without a number was not read.
    if (stored.provenance !== 'table') return 'notRead';
    return stored.raw && stored.raw.trim() !== '' ? 'slash' : 'blank';
  }
  const formats = figureDef(key)?.formats;
  return formats && !formats.includes(format as ReportFormat) ? 'notInFormat' : 'notRead';
}
