// Character normalisation that keeps every offset: each UTF-16 unit maps to exactly one unit, so a
// position in the normalised text is the same position in the text handed to parseReport.

import type { Span } from '../types';

/** Maps one UTF-16 code unit; full-width ASCII to ASCII, every kind of space to ' ', CR to ' '. */
function mapUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII block: ０-９ （ ） ｜ ， ． ／ ＋ －
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0xfeff: // BOM / zero-width no-break space
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b:
    case 0x0009: // tab
    case 0x000b:
    case 0x000c:
    case 0x000d: // CR: lines end at \n only
      return 0x20;
    case 0x2212: // minus sign
    case 0xfe63: // small hyphen-minus
      return 0x2d;
    case 0xff5f:
      return 0x28;
    default:
      return c;
  }
}

const decoder = new TextDecoder('utf-16le');

function decodeUnits(units: Uint16Array): string {
  return decoder.decode(units);
}

export interface NormalText {
  /** The exact text given to parseReport. */
  original: string;
  /** Same length as `original`: full-width digits and punctuation mapped to ASCII, spaces unified. */
  norm: string;
  /** `norm` without spaces and line breaks, for matching labels printed with spaced-out characters. */
  compact: string;
  /** compactPos[i] = position in `norm` of compact[i]. */
  compactPos: Int32Array;
  /** Offsets where each line starts (line 0 starts at 0). */
  lineStarts: Int32Array;
}

export function normalizeText(original: string): NormalText {
  const n = original.length;
  const units = new Uint16Array(n);
  const compactUnits = new Uint16Array(n);
  const compactPos = new Int32Array(n);
  let m = 0;
  let lines = 1;
  for (let i = 0; i < n; i++) {
    const c = mapUnit(original.charCodeAt(i));
    units[i] = c;
    if (c === 0x0a) lines++;
    else if (c !== 0x20) {
      compactUnits[m] = c;
      compactPos[m] = i;
      m++;
    }
  }
  const lineStarts = new Int32Array(lines);
  let l = 1;
  for (let i = 0; i < n; i++) if (units[i] === 0x0a) lineStarts[l++] = i + 1;
  // TextDecoder may turn a lone surrogate into U+FFFD: still one unit, so offsets hold.
  return {
    original,
    norm: decodeUnits(units),
    compact: decodeUnits(compactUnits.subarray(0, m)),
    compactPos: compactPos.subarray(0, m),
    lineStarts,
  };
}

/** Line number (0-based) of a position. */
export function lineOf(t: NormalText, pos: number): number {
  const s = t.lineStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of a line, without its '\n'. */
export function lineSpan(t: NormalText, line: number): Span {
  const start = t.lineStarts[line] ?? t.norm.length;
  const next = t.lineStarts[line + 1];
  return [start, next === undefined ? t.norm.length : next - 1];
}

/** First compact index whose original position is >= pos. */
export function compactIndexAt(t: NormalText, pos: number): number {
  const p = t.compactPos;
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every occurrence of `needle` in the compact text between the original positions [from, to),
 * as spans of the original text (spaces inside the match included).
 */
export function findCompact(t: NormalText, needle: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const end = compactIndexAt(t, to);
  let i = t.compact.indexOf(needle, compactIndexAt(t, from));
  while (i !== -1 && i + needle.length <= end) {
    out.push([t.compactPos[i]!, t.compactPos[i + needle.length - 1]! + 1]);
    i = t.compact.indexOf(needle, i + needle.length);
  }
  return out;
}
