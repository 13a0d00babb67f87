// Character normalisation that keeps every offset: each UTF-16 unit maps to exactly one unit, so a
// position in the normalised text is the same position in the text handed to parseReport. Only
// what the readers depend on is mapped (full-width digits and letters, the characters numbers and
// cells are built from, every kind of space, tabs as cell separators); common full-width punctuation such as ，（）：stays,
// and the readers accept both forms. Spaced-out characters (自 然 人) are matched on a compact view
// (spaces removed) built only for the regions that need it.

import type { Span } from '../types';

const MAPPED =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff0e\uff0f\uff5c\u3000\u00a0\ufeff\u2002\u2003\u2009\u200b\t\v\f\r\u2212\ufe63]/g;

function mapChar(ch: string): string {
  const c = ch.charCodeAt(0);
  // a tab separates cells (Word and spreadsheet text: 1.属于国家秘密⇥0⇥⇥3): as '|', blanks stay cells
  if (c === 0x09) return '|';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x2212 || c === 0xfe63) return '-';
  return ' ';
}

export interface CompactView {
  /** The region's text without spaces and line breaks. */
  compact: string;
  /** pos[i] = position in the text of compact[i]; null when nothing was removed (pos[i] = from + i). */
  pos: Int32Array | null;
  from: number;
}

const decoder = new TextDecoder('utf-16le');

const posOf = (v: CompactView, i: number) => (v.pos ? v.pos[i]! : v.from + i);

export interface NormalText {
  /** The exact text given to parseReport. */
  original: string;
  /** Same length as `original`, characters mapped as described above. */
  norm: string;
  /** Compact views already built, by region. */
  views: Map<string, CompactView>;
}

/** Characters printed spaced out (自 然 人): only then is a compact view worth building. */
const SPACED_OUT = /[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/;

/** Text holding HTML tables as markup (PDF-to-Markdown output, pasted page source). */
const TABLE_MARKUP = /<\/?t[dhr][\s>]/i;
const TAG = /<\/?[a-zA-Z][^<>]{0,400}>|&nbsp;/g;
const ROW_TAG = /^<\/?(?:tr|p|div|br|table|h\d|li)[\s/>]/i;
const CELL_TAG = /^<t[dh][\s>]/i;

/**
 * Markup of a text that holds its tables as HTML, blanked in place: a row's tag ends the line, a
 * cell's tag is a '|' (as lib/extract writes tables), other tags and &nbsp; are spaces. Numbers in
 * attributes (colspan="5") are never read as cells.
 */
function blankMarkup(norm: string): string {
  return norm.replace(TAG, (tag) => {
    const first = ROW_TAG.test(tag) ? '\n' : CELL_TAG.test(tag) ? '|' : ' ';
    return first + ' '.repeat(tag.length - 1);
  });
}

export function normalizeText(original: string): NormalText {
  const norm = original.replace(MAPPED, mapChar);
  return { original, norm: TABLE_MARKUP.test(norm) ? blankMarkup(norm) : norm, views: new Map() };
}

/** The compact view of [from, to), built once per region. */
export function compactView(t: NormalText, from: number, to: number): CompactView {
  const id = `${from}:${to}`;
  const cached = t.views.get(id);
  if (cached) return cached;
  const s = t.norm;
  const region = s.slice(from, to);
  if (!SPACED_OUT.test(region)) {
    // no spaced-out words: labels are matched as printed (each row has fragments that do not
    // cross a line break)
    const view = { compact: region, pos: null, from };
    t.views.set(id, view);
    return view;
  }
  const pos = new Int32Array(to - from);
  const units = new Uint16Array(to - from);
  let m = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a) {
      units[m] = c;
      pos[m++] = i;
    }
  }
  const view = { compact: decoder.decode(units.subarray(0, m)), pos: pos.subarray(0, m), from };
  t.views.set(id, view);
  return view;
}

/**
 * Every occurrence of `needle` in the compact view of [from, to), as spans of the text (spaces
 * inside the match included).
 */
export function findCompact(t: NormalText, needle: string, from: number, to: number): Span[] {
  const v = compactView(t, from, to);
  const out: Span[] = [];
  for (let i = v.compact.indexOf(needle); i !== -1; i = v.compact.indexOf(needle, i + needle.length)) {
    out.push([posOf(v, i), posOf(v, i + needle.length - 1) + 1]);
  }
  return out;
}

/** The first `n` characters after position `pos` (spaces removed) within [from, to)'s view. */
export function compactAfter(t: NormalText, from: number, to: number, pos: number, n: number): string {
  const v = compactView(t, from, to);
  let lo = 0;
  let hi = v.compact.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (posOf(v, mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  return v.compact.slice(lo, lo + n);
}
