// Turns a table's region of text into a stream of tokens: row labels (recognised by signature),
// other text, and cells. Works on every layout seen in real reports: one cell per line, ' | '
// separated rows (HTML, DOCX, pdfjs), whitespace-separated rows (pdfplumber) and cells run
// together with labels (scraped pages). Linear in the region's length.

import { findCompact, type NormalText } from '../normalize';
import { parseNumber, scanNumber, type PrintedNumber } from '../normalize/numbers';
import type { Span } from '../types';
import type { RowSignature } from './labels';

export interface Cell {
  kind: 'number' | 'blank' | 'placeholder' | 'unreadable';
  raw: string;
  span: Span;
  num?: PrintedNumber;
  /** A blank that may be an artefact of the layout (a spanned cell, a separator line). */
  soft?: boolean;
  /** Printed right after a label, text or another cell, with nothing between (a page's text run together). */
  touching?: boolean;
}

export type Token =
  | { kind: 'label'; row: string; span: Span; line: number }
  | { kind: 'text'; span: Span; line: number }
  /** A row's printed ordinal standing apart from its label (`1.` before the numbers, the label on the next line). */
  | { kind: 'ordinal'; digit: string; span: Span; line: number }
  | { kind: 'cell'; cell: Cell; line: number };

export interface LabelHit {
  row: string;
  span: Span;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || c === 0x0a;
const PIPE = 0x7c;
/** '/', '—', '-', '–', '\\': a label does not run on past these. */
const isStopForward = (c: number) => c === 0x2f || c === 0x2014 || c === 0x2d || c === 0x2013 || c === 0x5c;

/** Label hits of the given rows inside [from, to), extended over the whole printed label. */
export function findLabels(t: NormalText, sigs: readonly RowSignature[], from: number, to: number): LabelHit[] {
  const raw: (LabelHit & { ordinal?: string })[] = [];
  for (const sig of sigs) {
    for (const frag of sig.fragments) {
      for (const span of findCompact(t, frag, from, to)) raw.push({ row: sig.row, span, ordinal: sig.ordinal });
    }
  }
  raw.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const merged: typeof raw = [];
  for (const h of raw) {
    const last = merged[merged.length - 1];
    if (last && h.span[0] < last.span[1]) {
      if (last.row === h.row) last.span = [last.span[0], Math.max(last.span[1], h.span[1])];
      continue; // another row's fragment inside this label: the earlier label wins
    }
    merged.push({ ...h });
  }
  const s = t.norm;
  for (let i = 0; i < merged.length; i++) {
    const h = merged[i]!;
    const lo = Math.max(from, merged[i - 1]?.span[1] ?? from);
    const hi = Math.min(to, merged[i + 1]?.span[0] ?? to);
    let a = h.span[0];
    for (let k = 0; k < 40 && a > lo; k++) {
      const c = s.charCodeAt(a - 1);
      if (isSpace(c) || c === PIPE || isDigit(c)) break;
      a--;
    }
    // The printed ordinal of a numbered label ("1." / "2、"); in run-together text only the last
    // digit of a digit run, and only when it is the row's own ordinal.
    if (a > lo && isDigit(s.charCodeAt(a - 1)) && (s[a] === '.' || s[a] === '、')) {
      const single = a - 1 === lo || !isDigit(s.charCodeAt(a - 2));
      if (single || s[a - 1] === h.ordinal) a--;
    }
    let b = h.span[1];
    for (let k = 0; k < 60 && b < hi; k++) {
      const c = s.charCodeAt(b);
      if (isSpace(c) || c === PIPE || isDigit(c) || isStopForward(c)) break;
      b++;
    }
    h.span = [a, b];
  }
  return merged.map(({ row, span }) => ({ row, span }));
}

const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
/** A Markdown table's rule between header and body (| --- | :---: |): no cells. */
const MARKDOWN_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;

/**
 * Whether the region's rows are fenced as Markdown prints them (| a | b |): then the empty text
 * before the first and after the last '|' of a line is the fence, not a cell. HTML read by
 * lib/extract starts a row with '|' only for an empty first cell and seldom ends one with it.
 */
function fencedRows(s: string, from: number, to: number): boolean {
  // among the lines opening with '|', those that close with one too: HTML's rows open with '|' for
  // an empty first cell and seldom close with one; other lines (text, a table without fences) do not count
  let opened = 0;
  let fenced = 0;
  for (let start = from; start < to;) {
    const nl = s.indexOf('\n', start);
    const end = nl === -1 || nl >= to ? to : nl;
    const line = s.slice(start, end).trim();
    if (line.length > 1 && line[0] === '|') {
      opened++;
      if (line[line.length - 1] === '|') fenced++;
    }
    start = end + 1;
  }
  return opened >= 3 && fenced * 5 >= opened * 4;
}

/** Tokens of the region [from, to) of the text. */
export function tokenize(t: NormalText, hits: readonly LabelHit[], from: number, to: number): Token[] {
  const out: Token[] = [];
  const s = t.norm;
  let line = 0; // counted from the region's start: only compared with each other
  let h = 0;
  let pipe = -1; // the next '|' at or after the current line, found once and reused
  let fenced: boolean | null = null; // decided on the first line with a '|'
  for (let start = from; start < to; line++) {
    const nl = s.indexOf('\n', start);
    const next = nl === -1 || nl >= to ? undefined : nl + 1;
    const end = next === undefined ? to : next - 1;
    while (h < hits.length && hits[h]!.span[1] <= start) h++;
    if (pipe !== Infinity && pipe < start) {
      pipe = s.indexOf('|', start);
      if (pipe === -1 || pipe >= to) pipe = Infinity;
    }
    if (end - start < 24 && hasDigit(s, start, end) && PAGE_NUMBER.test(s.slice(start, end).trim())) {
      // a page number printed inside a table that continues on the next page
    } else if (pipe < end) {
      fenced ??= fencedRows(s, from, to);
      if (!MARKDOWN_RULE.test(s.slice(start, end).trim())) pipeLine(s, start, end, line, hits, h, out, fenced);
    } else scan(s, start, end, line, hits, h, out);
    start = next === undefined ? to : next;
  }
  return out;
}

/** Every page number holds a digit: most short lines are ruled out without slicing. */
function hasDigit(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/** The first '|' in [a, end), or end: bounded, where indexOf would search on past the line. */
function pipeIn(s: string, a: number, end: number): number {
  while (a < end && s.charCodeAt(a) !== PIPE) a++;
  return a;
}

/** Scans [start, end) of one line without pipes. */
function scan(s: string, start: number, end: number, line: number, hits: readonly LabelHit[], h: number, out: Token[]): void {
  let p = start;
  while (p < end) {
    const hit = hits[h];
    if (hit && hit.span[0] <= p) {
      if (hit.span[1] > p) {
        out.push({ kind: 'label', row: hit.row, span: [Math.max(p, hit.span[0]), Math.min(end, hit.span[1])], line });
        p = hit.span[1];
      }
      h++;
      continue;
    }
    const limit = hit ? Math.min(end, hit.span[0]) : end;
    const c = s.charCodeAt(p);
    if (isSpace(c)) {
      p++;
      continue;
    }
    if (isDigit(c) || ((c === 0x2b || c === 0x2d) && p + 1 < limit && isDigit(s.charCodeAt(p + 1)))) {
      const q = p + scanNumber(s, p, limit);
      const after = s[q];
      if (
        (after === '.' || after === '、') &&
        q - p <= 2 &&
        q + 1 < limit &&
        !isSpace(s.charCodeAt(q + 1)) &&
        !isDigit(s.charCodeAt(q + 1))
      ) {
        // the ordinal of a numbered label that was not recognised ("9.xxx"): text, not a cell
        const r = textEnd(s, q + 1, limit);
        out.push({ kind: 'text', span: [p, r], line });
        p = r;
        continue;
      }
      if ((after === '.' || after === '、') && q - p === 1 && s[p] !== '0' && (q + 1 >= limit || isSpace(s.charCodeAt(q + 1)))) {
        // a row's ordinal standing apart from its label (PDFs draw "1." as a text run of its own)
        out.push({ kind: 'ordinal', digit: s[p]!, span: [p, q + 1], line });
        p = q + 1;
        continue;
      }
      if (s[q] === ',' && (q + 1 >= limit || isSpace(s.charCodeAt(q + 1)))) {
        // a number cut short after its thousands separator (2, of 2,516): no number is printed whole
        out.push({ kind: 'cell', cell: { kind: 'unreadable', raw: s.slice(p, q + 1), span: [p, q + 1] }, line });
        p = q + 1;
        continue;
      }
      const raw = s.slice(p, q);
      const num = parseNumber(raw);
      const cell: Cell = num ? { kind: 'number', raw, span: [p, q], num } : { kind: 'unreadable', raw, span: [p, q] };
      // digits alone may hold several cells' digits; a counter or unit after them ends the cell
      if (num?.plainDigits && touches(out, p)) cell.touching = true;
      out.push({ kind: 'cell', cell, line });
      p = q;
      continue;
    }
    if (isDoubt(s, p, limit, start)) {
      // A cell whose digits could not be read for sure (a scan's doubtful digits, an encoding's lost
      // character): it holds a place in the row, and it is not a number.
      out.push({ kind: 'cell', cell: { kind: 'unreadable', raw: s[p]!, span: [p, p + 1] }, line });
      p++;
      continue;
    }
    const before = out[out.length - 1];
    const touching =
      before !== undefined && (before.kind === 'cell' ? before.cell.span[1] : before.kind === 'label' ? before.span[1] : -1) === p;
    const ph = placeholderEnd(s, p, limit, start, touching);
    if (ph > p) {
      out.push({ kind: 'cell', cell: { kind: 'placeholder', raw: s.slice(p, ph), span: [p, ph] }, line });
      p = ph;
      continue;
    }
    const r = textEnd(s, p + 1, limit);
    // a count's unit wrapped apart from its digits in a narrow cell (1601 / 件): not text between cells
    if (!(r === p + 1 && WRAPPED_UNITS.includes(s[p]!) && out[out.length - 1]?.kind === 'cell'))
      out.push({ kind: 'text', span: [p, r], line });
    p = r;
  }
}

/** Whether the last token ends at p: nothing printed between it and what starts there. */
function touches(out: readonly Token[], p: number): boolean {
  const t = out[out.length - 1];
  return t !== undefined && (t.kind === 'cell' ? t.cell.span[1] : t.span[1]) === p;
}

/** Counters a table prints after its counts; money units (万元) change the value and are never dropped. */
const WRAPPED_UNITS = '件项条个次';

function textEnd(s: string, p: number, limit: number): number {
  while (p < limit) {
    const c = s.charCodeAt(p);
    if (isSpace(c) || isDigit(c)) break;
    p++;
  }
  return p;
}

/** A standalone '?' (or '？') at p: a cell standing alone between spaces, pipes or the line's ends. */
function isDoubt(s: string, p: number, limit: number, lineStart: number): boolean {
  const c = s.charCodeAt(p);
  if (c !== 0x3f && c !== 0xff1f) return false;
  const before = p === lineStart || isSpace(s.charCodeAt(p - 1)) || s.charCodeAt(p - 1) === PIPE;
  return before && (p + 1 >= limit || isSpace(s.charCodeAt(p + 1)) || s.charCodeAt(p + 1) === PIPE);
}

/**
 * End of a standalone placeholder cell ("/", "—", "-", "无") starting at p, or p when there is none.
 * In run-together text (`touching`: a cell or a row label ends at p) a run of marks stands between
 * numbers as cells of its own (778——0——778); "-" before a digit is a sign, read as a number.
 */
function placeholderEnd(s: string, p: number, limit: number, lineStart: number, touching: boolean): number {
  const ch = s[p]!;
  const mark = ch === '/' || ch === '—' || ch === '-' || ch === '–' || ch === '\\';
  if (p > lineStart && !isSpace(s.charCodeAt(p - 1)) && s.charCodeAt(p - 1) !== PIPE && !(touching && mark)) return p;
  let q = p + 1;
  if (mark) {
    while (q < limit && s[q] === ch) q++;
  } else if (ch !== '无' && ch !== '空') return p;
  if (q < limit && !isSpace(s.charCodeAt(q)) && !(mark && isDigit(s.charCodeAt(q)) && (touching || ch !== '-'))) return p;
  return q;
}

/** One piece of a pipe line: an empty one keeps its span, the others their tokens' range in out. */
interface Piece {
  kind: 'empty' | 'label' | 'text' | 'value';
  a: number;
  b: number;
}

/**
 * A line with '|' separators: each piece between pipes is one cell or one label. Pieces are
 * scanned straight into out; the line's tail is rebuilt only when blank cells go between them.
 */
function pipeLine(
  s: string,
  start: number,
  end: number,
  line: number,
  hits: readonly LabelHit[],
  h: number,
  out: Token[],
  fenced: boolean,
): void {
  const base = out.length;
  const pieces: Piece[] = [];
  let pipes = 0;
  for (let a = start; a <= end;) {
    const b = pipeIn(s, a, end);
    if (s.charCodeAt(b) === PIPE) pipes++; // a '|' at end itself counts too
    let x = a;
    let y = b;
    while (x < y && isSpace(s.charCodeAt(x))) x++;
    while (y > x && isSpace(s.charCodeAt(y - 1))) y--;
    // a Markdown row's fence: the nothing before its first '|' and after its last
    if (x === y && fenced && (a === start || b >= end)) {
      a = b + 1;
      continue;
    }
    if (x === y) pieces.push({ kind: 'empty', a, b });
    else {
      const from = out.length;
      while (h < hits.length && hits[h]!.span[1] <= x) h++;
      scan(s, x, y, line, hits, h, out);
      pieces.push({ kind: classify(s, out, from, x, y, line), a: from, b: out.length });
    }
    a = b + 1;
  }
  let lastLabel = -1;
  let firstValue = -1;
  let lastValue = -1;
  for (let i = 0; i < pieces.length; i++) {
    const k = pieces[i]!.kind;
    if (k === 'label' || k === 'text') lastLabel = i;
  }
  for (let i = lastLabel + 1; i < pieces.length; i++) {
    if (pieces[i]!.kind === 'value') {
      if (firstValue === -1) firstValue = i;
      lastValue = i;
    }
  }
  if (lastLabel === -1 && firstValue === -1) {
    // a line of pipes only: one pipe on its own stands for an empty cell (one-cell-per-line pages)
    if (pipes === 1) out.push({ kind: 'cell', cell: { kind: 'blank', raw: '', span: [start, end], soft: true }, line });
    return;
  }
  const blanks: (Token | null)[] = pieces.map((p, i) => {
    if (p.kind !== 'empty' || i <= lastLabel || firstValue === -1) return null;
    const hard = i > firstValue && i < lastValue;
    if (!hard && i < firstValue && lastLabel === -1) return null;
    if (!hard && i > lastValue && lastLabel === -1) return null;
    return { kind: 'cell', cell: { kind: 'blank', raw: '', span: [p.a, p.b], soft: !hard }, line };
  });
  if (blanks.every((t) => t === null)) return;
  const tail = out.splice(base);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const blank = blanks[i];
    if (blank) out.push(blank);
    else if (p.kind !== 'empty') for (let j = p.a; j < p.b; j++) out.push(tail[j - base]!);
  }
}

/** What the piece's tokens out[from..] are; several cells in one piece become one unreadable cell. */
function classify(s: string, out: Token[], from: number, x: number, y: number, line: number): Piece['kind'] {
  let allText = true;
  for (let i = from; i < out.length; i++) {
    const k = out[i]!.kind;
    if (k === 'label') return 'label';
    if (k !== 'text' && k !== 'ordinal') allText = false;
  }
  if (allText) return 'text';
  if (out.length - from > 1) {
    out.length = from;
    out.push({ kind: 'cell', cell: { kind: 'unreadable', raw: s.slice(x, y), span: [x, y] }, line });
  }
  return 'value';
}
