// Where sentence figures can stand. Every rule's match ends in a number and its unit (835件, 3条)
// and never holds a clause mark (，。；…), so only the clauses holding a number followed by a unit
// can hold one. The rules read a digest of those clauses instead of the whole text: most clauses
// of a report state no figure, and each rule's regex then scans a fraction of the text. The
// digest finds exactly the matches the whole text holds, at the same offsets once mapped back.

import { CHINESE_NUMERAL_CLASS } from '../normalize/chinese';
import { FIGURE_UNITS } from './rules';

/** Characters no rule matches: a match never crosses one. */
const isMark = (c: number) =>
  c === 0xff0c ||
  c === 0x3002 ||
  c === 0xff1b ||
  c === 0xff1a ||
  c === 0x3001 ||
  c === 0xff01 ||
  c === 0xff1f ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f;

/** 。 joins the clauses: a mark, so no match spans two of them (nor looks back past one). */
const JOIN = '。';

/** A unit, as every rule's match ends: found by a regex scan (less costly than a loop, and than
 * a scan for the number before it), then checked for the number. */
const UNIT = new RegExp(`[${FIGURE_UNITS.join('')}]`, 'g');
const CHINESE_NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CLASS}]`);
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || CHINESE_NUMERAL.test(String.fromCharCode(c));
/** Whitespace as the regex class \s has it (the original text keeps every kind). */
const SPACE = /\s/;

/** Whether the unit at `i` follows a number (whitespace between allowed), after `from`. */
function afterNumber(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && SPACE.test(text[k]!)) k--;
  return k >= from && isDigit(text.charCodeAt(k));
}

/**
 * A report holds a few dozen such clauses. Text holding far more (megabytes of pasted figures) is
 * read whole: cutting it into clauses would cost more than the scans it saves.
 */
const MAX_CLAUSES = 2000;

export interface Digest {
  /** The clauses that hold a number and its unit, in text order, joined by JOIN. */
  text: string;
  /** Where each clause starts in `text`, and in the text it was taken from. */
  at: number[];
  from: number[];
}

export function digest(text: string): Digest {
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  let length = 0;
  let taken = 0; // the text before this is read
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m; m = UNIT.exec(text)) {
    if (!afterNumber(text, m.index, taken)) continue;
    if (at.length === MAX_CLAUSES) return { text, at: [0], from: [0] };
    let start = m.index;
    while (start > taken && !isMark(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isMark(text.charCodeAt(end))) end++;
    at.push(length);
    from.push(start);
    parts.push(text.slice(start, end));
    length += end - start + JOIN.length;
    taken = end;
    UNIT.lastIndex = end;
  }
  return { text: parts.join(JOIN), at, from };
}

/** The text offset of offset `i` of the digest. */
export function textOffset(d: Digest, i: number): number {
  let lo = 0;
  let hi = d.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (d.at[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return d.from[lo]! + i - d.at[lo]!;
}
