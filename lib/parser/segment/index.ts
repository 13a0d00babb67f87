// Locates the six sections of a report (一、总体情况 … 六、其他需要报告的事项) and the regions of its
// three tables. Headings are matched on the compact text, so spaced-out headings are found too.
// Sections are searched in order, each after the previous one, so a sentence that lists the
// section names (as seed 000's preamble does) is not taken for a heading.

import { findCompact, type NormalText } from '../normalize';
import type { Span } from '../types';

export interface Section {
  n: number;
  /** The heading's span. */
  heading: Span;
}

export interface Segments {
  sections: Section[];
  /** Regions of the tables (table 2: 主动公开, 3: 依申请, 4: 复议诉讼), absent when not located. */
  table2?: Span;
  table3?: Span;
  table4?: Span;
  /**
   * Further regions of each table, where its section is printed again: a page that dumps the
   * tables' text run together before or after the tables themselves, or a PDF printed from one.
   * Each is read, and the better reading kept (resolve/copies.ts).
   */
  copies: Record<TableName, Span[]>;
}

export type TableName = 'table2' | 'table3' | 'table4';

const ORDINALS = ['一', '二', '三', '四', '五', '六'];
/** Words the heading of each section holds within a few characters after its ordinal. */
const HEADING_WORDS: readonly (readonly string[])[] = [
  ['总体情况'],
  ['主动公开'],
  ['收到和处理', '依申请公开情况', '申请情况'],
  ['行政复议', '行政诉讼'],
  ['问题', '改进'],
  ['其他需要报告', '其他需报告'],
];
/**
 * Pieces of a heading's words as a scan misreads one character of each (行政复仪、行政诉松): taken
 * only on the heading's own line, before any cell (四、结转下年度继续办理 | 4 is table 3's row).
 */
const LOOSE_HEADING_WORDS: readonly (readonly string[])[] = [
  [],
  [],
  ['收到和', '到和处', '和处理', '申请情', '请情况'],
  ['复议', '诉讼', '行政复', '行政诉'],
  [],
  [],
];
const WINDOW = 16;
const MAX_TRIES = 200;
/** Longest region a table is searched in: real tables are a few thousand characters. */
const MAX_REGION = 40_000;

const HEADING_RES = ORDINALS.map((o) => new RegExp(`${o}\\s*[、.．,，]`, 'g'));

function findHeading(t: NormalText, n: number, from: number, ordinal = n): Section | null {
  const re = HEADING_RES[ordinal - 1]!;
  re.lastIndex = from;
  // Bounded: a text with thousands of "四、" is not searched through for a heading.
  let tries = 0;
  for (let m = re.exec(t.norm); m && tries < MAX_TRIES; m = re.exec(t.norm), tries++) {
    const after = m.index + m[0].length;
    // the next WINDOW characters, spaces removed, with the position each came from
    const chars: string[] = [];
    const at: number[] = [];
    // how many of them stand on the heading's line before any cell
    let ownLine = -1;
    for (let i = after; i < t.norm.length && chars.length < WINDOW && i < after + 4 * WINDOW; i++) {
      const c = t.norm[i]!;
      if ((c === '\n' || c === '|') && ownLine === -1) ownLine = chars.length;
      if (c === ' ' || c === '\n') continue;
      chars.push(c);
      at.push(i);
    }
    const window = chars.join('');
    const line = ownLine === -1 ? window : window.slice(0, ownLine);
    for (const [words, within] of [
      [HEADING_WORDS[n - 1]!, window],
      [LOOSE_HEADING_WORDS[n - 1]!, line],
    ] as const) {
      for (const w of words) {
        const k = within.indexOf(w);
        if (k !== -1) return { n, heading: [m.index, at[k + w.length - 1]! + 1] };
      }
    }
  }
  return null;
}

export function segment(t: NormalText): Segments {
  const sections: Section[] = [];
  let from = 0;
  for (let n = 1; n <= 6; n++) {
    const s = findHeading(t, n, from);
    if (s) {
      sections.push(s);
      from = s.heading[1];
    }
  }
  // a table's section printed out of the format's order (复议诉讼 before 依申请), numbered as printed
  for (const n of [3, 4]) if (!sections.some((s) => s.n === n)) addOutOfOrder(t, n, sections);
  sections.sort((a, b) => a.heading[0] - b.heading[0]);
  const byN = (n: number) => sections.find((s) => s.n === n);
  const repeats = repeatedHeadings(t, sections);
  const end = t.norm.length;
  const after = (n: number) => byN(n)?.heading[1];
  const region = (a: number | undefined, b: number | undefined): Span | undefined =>
    a === undefined ? undefined : [a, Math.min(b ?? end, a + MAX_REGION)];
  /**
   * The first heading (or other start) after `pos`: where a region starting there ends. Section
   * n's own heading printed again does not end its region: a table continued on the next page
   * under its heading repeated.
   */
  const next = (n: number, pos: number | undefined, ...also: (number | undefined)[]) => {
    if (pos === undefined) return undefined;
    const ends = [...sections, ...repeats.filter((s) => s.n !== n)].map((s) => s.heading[0]);
    const after = [...ends, ...also].filter((x): x is number => x !== undefined && x > pos);
    return after.length ? Math.min(...after) : undefined;
  };

  const s3 = after(3) ?? fallbackStart(t, '申请人情况', '本年新收');
  // table 4 without its heading: by its header's words within table 3's section, else right after table 3's last row
  const lastRow = table3LastRow(t, s3, next(3, s3));
  const t4 = after(4) ?? table4Start(t, s3, lastRow);
  const s4 = t4 ?? lineAfter(t, lastRow?.[1]);
  const s2 = after(2);
  // prose before the table (as some reports print) is not part of it: the table opens at 第二十条
  const table2Start = (s: number) => firstWithin(t, '第二十条', s, next(2, s, s3) ?? end) ?? s;
  const start2 = s2 === undefined ? fallbackStart(t, '第二十条') : table2Start(s2);
  const table2 = region(start2, next(2, start2, s3));
  // table 4 found by its words ends table 3 (its numbers are no row of table 3); found by place only, it does
  // not (a row of table 3 printed a cell per line may run on past the line its label stands on)
  const table3 = region(s3, next(3, s3, t4));
  const table4 = region(s4, next(4, s4, s3));
  const copies: Segments['copies'] = { table2: [], table3: [], table4: [] };
  for (const s of repeats) {
    const name = TABLE_OF_SECTION[s.n];
    const at = s.n === 2 ? table2Start(s.heading[1]) : s.heading[1];
    if (name) copies[name].push(region(at, next(s.n, at))!);
  }
  return { sections, table2, table3, table4, copies };
}

const TABLE_OF_SECTION: Partial<Record<number, TableName>> = { 2: 'table2', 3: 'table3', 4: 'table4' };
/** How many more times a section's heading is looked for: a report printed twice prints each once more. */
const MAX_REPEATS = 3;

/**
 * Each section's heading printed again beyond the one found, under its own ordinal: the sections
 * of a page that prints the report (or its tables) twice, once as text run together and once as
 * tables. They end the regions before them, and a table's section printed again is a copy of it.
 */
function repeatedHeadings(t: NormalText, sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (let n = 1; n <= 6; n++) {
    for (let from = 0, tries = 0; tries < MAX_REPEATS + 1; tries++) {
      const s = findHeading(t, n, from);
      if (!s) break;
      from = s.heading[1];
      if (!sections.some((o) => o.heading[0] < s.heading[1] && s.heading[0] < o.heading[1])) out.push(s);
    }
  }
  return out;
}

/**
 * Section n's heading under any ordinal, first in the text and clear of the headings found: a
 * report that prints its tables' sections in another order keeps their numbers (四 before 三)
 * or numbers them as it prints them (三、…行政复议 before 四、收到和处理).
 */
function addOutOfOrder(t: NormalText, n: number, sections: Section[]): void {
  let best: Section | null = null;
  for (let ordinal = 1; ordinal <= 6; ordinal++) {
    for (let from = 0, tries = 0; tries < 6; tries++) {
      const s = findHeading(t, n, from, ordinal);
      if (!s) break;
      const clash = sections.some((o) => o.heading[0] < s.heading[1] && s.heading[0] < o.heading[1]);
      if (!clash) {
        if (!best || s.heading[0] < best.heading[0]) best = s;
        break;
      }
      from = s.heading[1];
    }
  }
  if (best) sections.push(best);
}

/** Reach back from 未经复议 for the table's first words when its heading is lost. */
const TABLE4_HEAD_REACH = 300;

/**
 * Table 4's header words as a scan may leave them, one or two characters misread: its groups'
 * names in pieces (未经复议直接起诉 → 直接起 / 经复议; 复议后起诉 → 复议后 / 后起诉), its outcome
 * columns (结果维持, 其他结果, 尚未审结, each also wrapped in two lines: 结果 / 维持). None is a word of table 3.
 */
const TABLE4_COLUMN_WORDS = ['尚未审结', '其他结果', '结果纠正', '经复议', '直接起', '复议后', '后起诉', '维持', '纠正', '审结'];

/**
 * Where table 4 starts when its heading is lost: at 未经复议 (or 复议后起诉), or before it at the
 * first 行政复议 or 结果维持 of the table's header (a table with its groups down prints 行政复议's
 * row before the lawsuits'), never before table 3. Failing those, at the first of its header's
 * words as a scan misreads them, after table 3's last row and within its section (`lastRow`, and
 * the section's end: prose before table 3 or in the next section says 纠正 or 维持 too).
 */
function table4Start(t: NormalText, table3: number | undefined, lastRow: [number, number, number] | undefined): number | undefined {
  // the lawsuits' names, whole or as narrow PDF header cells wrap them; 结果维持 after table 3
  const words = ['未经复议', '复议后起诉', '直接起诉', '议后起诉', '结果维持'];
  const from = table3 ?? 0;
  // after table 3 as the format prints it, else before it (a report printing its sections in another order)
  const at =
    (table3 === undefined
      ? fallbackStart(t, ...words.slice(0, 2))
      : (words.map((w) => t.norm.indexOf(w, from)).find((i) => i !== -1) ?? fallbackStart(t, ...words.slice(0, 2)))) ??
    (lastRow && firstOfWithin(t, TABLE4_COLUMN_WORDS, lastRow[1], lastRow[2]));
  if (at === undefined) return undefined;
  const floor = Math.max(table3 !== undefined && table3 < at ? table3 : 0, at - TABLE4_HEAD_REACH);
  const head = t.norm.slice(floor, at);
  const earliest = ['行政复议', '行政诉讼', '结果维持'].map((w) => head.indexOf(w)).filter((i) => i !== -1);
  return earliest.length ? floor + Math.min(...earliest) : at;
}

/**
 * Table 3's last row's label (结转下年度继续办理) in its section, and the section's end (the next
 * heading). After it, before that end, stands table 4 when no heading parts them: where it is
 * looked for by its words, and, none left, where its shape alone is read (resolve/index.ts).
 */
function table3LastRow(t: NormalText, table3: number | undefined, end: number | undefined): [number, number, number] | undefined {
  if (table3 === undefined) return undefined;
  const to = end ?? t.norm.length;
  const last = findCompact(t, '结转下年度', table3, to).pop();
  return last && [last[0], last[1], to];
}

/** The start of the line after `pos`. */
function lineAfter(t: NormalText, pos: number | undefined): number | undefined {
  const eol = pos === undefined ? -1 : t.norm.indexOf('\n', pos);
  return eol === -1 ? undefined : eol + 1;
}

/** The first place in [from, to) where any of the words stands. */
function firstOfWithin(t: NormalText, words: readonly string[], from: number, to: number): number | undefined {
  const at = words.map((w) => firstWithin(t, w, from, to)).filter((i): i is number => i !== undefined);
  return at.length ? Math.min(...at) : undefined;
}

function firstWithin(t: NormalText, word: string, from: number, to: number): number | undefined {
  const at = t.norm.slice(from, to).indexOf(word);
  return at === -1 ? undefined : from + at;
}

/** Where a table starts when its section heading is missing: the first of the given words. */
function fallbackStart(t: NormalText, ...words: string[]): number | undefined {
  for (const w of words) {
    const at = t.norm.indexOf(w);
    if (at !== -1) return at;
  }
  for (const w of words) {
    const hit = findCompact(t, w, 0, t.norm.length)[0];
    if (hit) return hit[0];
  }
  return undefined;
}
