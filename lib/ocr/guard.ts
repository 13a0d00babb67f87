// The guarantee of recognised figures: a digit the engine is not sure of is never printed.
// - Before parsing, digit runs below the threshold are laid out as `?` (layout.ts): the parser reads
//   an unreadable cell, which the tables' sums may determine (`INFERRED`) or which stays null.
// - After parsing, each figure read from the scan gets its page, box and confidence; table 2, which
//   has no sums to protect it, is held to a stricter threshold; where a row and a column relation
//   both fail, the recognised cell at their crossing with the lowest confidence is null (OCR_DOUBT).

import { FIGURES, figureDef } from '../figures/keys';
import { relationsFor, type SumRelation } from '../figures/checks';
import { enLabel, makeIssue, zhLabel } from '../parser/issues';
import type { OcrMark, ParseIssue, ParseResult, Provenance } from '../parser/types';
import type { Confirmation, Doubt, LaidOut, PlacedItem } from './layout';
import { readFigures, solveRelations, type Solved } from './solve';
import { unionSpan } from '../parser/tables/groups';

export interface Thresholds {
  /** A digit below this is not printed (laid out as `?`). */
  digit: number;
  /** Table 2 (主动公开), which no sum protects: its figures below this are null. */
  table2: number;
}

/** Chosen on the generated scan set (npm run eval:ocr); see docs/ocr.md. */
export const THRESHOLDS: Thresholds = { digit: 0.8, table2: 0.97 };

function overlapping(placed: PlacedItem[], start: number, end: number): PlacedItem[] {
  return placed.filter((p) => p.start < end && p.end > start);
}

/** The page, box and lowest digit confidence of the text [start, end), or null when it is not recognised text. */
export function markOf(laid: LaidOut, start: number, end: number): OcrMark | null {
  const items = overlapping(laid.placed, start, end);
  if (!items.length) return null;
  const page = items[0]!.item.page;
  const onPage = items.filter((p) => p.item.page === page);
  const box: OcrMark['box'] = [
    Math.min(...onPage.map((p) => p.item.box[0])),
    Math.min(...onPage.map((p) => p.item.box[1])),
    Math.max(...onPage.map((p) => p.item.box[2])),
    Math.max(...onPage.map((p) => p.item.box[3])),
  ];
  let confidence = 1;
  for (const p of items) {
    // Offsets inside the item's laid-out text map to its characters only where no run was replaced
    // by `?` (a confirmed run is printed as read, a specked one without its specks).
    const shifted = p.doubts.some((d) => !d.confirmed) || p.end - p.start !== p.item.text.length;
    if (shifted) confidence = Math.min(confidence, ...p.doubts.map((d) => d.conf));
    const from = Math.max(start, p.start) - p.start;
    const to = Math.min(end, p.end) - p.start;
    if (!shifted) {
      for (let i = from; i < to; i++) if (/[0-9０-９]/.test(p.item.text[i] ?? '')) confidence = Math.min(confidence, p.item.conf[i] ?? 1);
    }
  }
  return { medium: 'ocr', page, box: box.map((v) => Math.round(v * 10000) / 10000) as OcrMark['box'], confidence };
}

function valueOf(figures: ParseResult['figures'], key: string): number | null {
  const v = figures[key];
  if (v !== undefined) return v;
  const parts = figureDef(key)?.sumOf;
  if (!parts) return null;
  let sum = 0;
  for (const p of parts) {
    const pv = figures[p];
    if (pv === undefined || pv === null) return null;
    sum += pv;
  }
  return sum;
}

/** A relation's members, a derived figure (a group's sum) with no value standing for its parts. */
function terms(figures: ParseResult['figures'], key: string): string[] {
  const parts = figureDef(key)?.sumOf;
  return figures[key] == null && parts ? parts.flatMap((p) => terms(figures, p)) : [key];
}

/** The value relation `r` determines for `key` when every other member is known, else null. */
function determined(r: SumRelation, key: string, figures: ParseResult['figures']): number | null {
  let side: 'left' | 'right' | null = null;
  const sums = { left: 0, right: 0 };
  for (const s of ['left', 'right'] as const) {
    for (const k of r[s].flatMap((m) => terms(figures, m))) {
      if (k === key) {
        if (side) return null;
        side = s;
        continue;
      }
      const v = valueOf(figures, k);
      if (v === null) return null;
      sums[s] += v;
    }
  }
  if (!side) return null;
  const value = side === 'left' ? sums.right - sums.left : sums.left - sums.right;
  return value >= 0 ? value : null;
}

/**
 * Doubtful readings the sums confirm: a `?` cell whose relation (its row's or its column's total),
 * with every other member read, determines exactly the number the engine read there. Both the
 * engine and the sums say it: it is printed (OCR_CONFIRMED). A reading the sums contradict stays `?`.
 */
export function confirmDoubts(result: ParseResult, laid: LaidOut): Map<string, Confirmation> {
  const out = new Map<string, Confirmation>();
  const relations = relationsFor(result.meta.format);
  const atSpan = new Map<number, string>();
  for (const [k, prov] of Object.entries(result.provenance) as [string, Provenance][])
    if (prov.span && prov.via === 'table' && result.figures[k] === null) atSpan.set(prov.span[0], k);
  for (const p of laid.placed) {
    for (const d of p.doubts) {
      const key = d.confirmed ? undefined : atSpan.get(d.at);
      if (!key || !/^\d+$/.test(d.raw)) continue;
      const r = relations.find((rel) => determined(rel, key, result.figures) === Number(d.raw));
      if (r) out.set(d.id, r.label);
    }
  }
  return out;
}

/**
 * A table-2 `0` its ink witnesses: the lone `0` of one item, read at or above the digit threshold
 * and held by no doubt, whose ink is a ring (ring.ts: one glyph around one centred counter — not a
 * 6, 8 or 9, a broken glyph nor a seal's trace). No sum protects table 2; the ring is a witness apart
 * from the recogniser's confidence, for the digit that fills most of its cells. Other digits have none.
 */
function witnessedZero(laid: LaidOut, prov: Provenance, mark: OcrMark, thresholds: Thresholds): boolean {
  if (!prov.span || prov.raw?.trim() !== '0' || mark.confidence < thresholds.digit) return false;
  const [one, ...more] = overlapping(laid.placed, prov.span[0], prov.span[1]);
  return !!one && !more.length && one.item.text.trim() === '0' && one.item.ring === true && !one.doubts.length;
}

/** Why digits were held other than by their confidence (layout.ts), in words; a glyph count short is said as low confidence. */
const HELD_WHY: Partial<Record<NonNullable<Doubt['held']>, { zh: string; en: string }>> = {
  fragment: {
    zh: '读自一小块碎片(远小于页上的文字,可能是印章残迹或残缺的字)',
    en: "read from a fragment far smaller than the page's text (a seal's speck or a broken glyph)",
  },
  wrap: {
    zh: '被段落的换行截断(一行末尾和下一行开头各有一段数字)',
    en: "cut by a paragraph's line wrap (digits end one line and begin the next)",
  },
  speck: {
    zh: '旁边有斑点(可能是噪点、印章残迹或数字残缺的笔画)',
    en: "read with a speck beside them (noise, a seal's trace or a digit's broken stroke)",
  },
  faint: { zh: '读自没有深色笔画的框(可能是印章的笔画)', en: "read from a box holding no dark ink (a seal's stroke)" },
  span: {
    zh: '所在的框里多出一位数字的宽度或字形(相同的相邻数字可能被读成一个)',
    en: 'read from a box holding the width or the ink of one digit more (two identical adjacent digits may be read as one)',
  },
};

const ROW_KINDS = new Set(['rowTotal', 'appealTotal']);

/** Keys of recognised cells where a failing row relation crosses a failing column relation. */
function crossings(result: ParseResult): string[] {
  const failing = failingRelations(result);
  const expand = (k: string): string[] => [k, ...(figureDef(k)?.sumOf ?? [])];
  const rowKeys = new Set(failing.filter((r) => ROW_KINDS.has(r.kind)).flatMap((r) => [...r.left, ...r.right].flatMap(expand)));
  const colKeys = new Set(failing.filter((r) => !ROW_KINDS.has(r.kind)).flatMap((r) => [...r.left, ...r.right].flatMap(expand)));
  return [...rowKeys].filter((k) => colKeys.has(k) && result.provenance[k]?.ocr && result.figures[k] !== null);
}

function nullFigure(result: ParseResult, key: string, issue: ParseIssue): void {
  result.figures[key] = null;
  result.issues.push(issue);
}

/** Applies the guard to a parse of laid-out recognised text (mutates and returns the result). */
export function guardResult(result: ParseResult, laid: LaidOut, thresholds: Thresholds = THRESHOLDS): ParseResult {
  const before = { ...result.figures };
  for (const [key, prov] of Object.entries(result.provenance) as [string, Provenance][]) {
    if (!prov.span) continue;
    const mark = markOf(laid, prov.span[0], prov.span[1]);
    if (!mark) continue;
    prov.ocr = mark;
    const value = result.figures[key];
    // Recognised cells come from the grid or the boxes: digits run together in one box are a
    // misreading (a cell lost or merged), not a printed run to split, so no split of them is printed.
    if (value !== null && value !== undefined && prov.rule.endsWith('.split')) {
      nullFigure(
        result,
        key,
        makeIssue(
          'OCR_DOUBT',
          `识别出的数字“${prov.raw ?? value}”连在一起,无法确定如何拆分到各格,未采用。`,
          `Recognised digits “${prov.raw ?? value}” ran together: how they split into cells is not known, so they are not used.`,
          [key],
          { numbers: { page: mark.page, confidence: mark.confidence }, span: prov.span },
        ),
      );
      continue;
    }
    if (
      value !== null &&
      value !== undefined &&
      key.startsWith('active.') &&
      prov.via !== 'inferred' &&
      mark.confidence < thresholds.table2
    ) {
      if (witnessedZero(laid, prov, mark, thresholds)) {
        result.issues.push(
          makeIssue(
            'OCR_CONFIRMED',
            `主动公开表的“0”识别把握为${mark.confidence.toFixed(3)},低于该表的门槛,但其笔迹是一个完整的圈(一个居中的空心,不是6、8、9或残缺的字),采用。`,
            `A table 2 “0” recognised with confidence ${mark.confidence.toFixed(3)}, below that table's threshold, whose ink is one ring (one centred counter: no 6, 8, 9 nor broken glyph): used.`,
            [key],
            { numbers: { page: mark.page, confidence: mark.confidence }, span: prov.span },
          ),
        );
        continue;
      }
      nullFigure(
        result,
        key,
        makeIssue(
          'OCR_LOW_CONFIDENCE',
          `主动公开表的数字识别把握不足(${mark.confidence.toFixed(3)}),读作“${prov.raw ?? value}”,未采用。`,
          `Table 2 digits recognised with too little confidence (${mark.confidence.toFixed(3)}), read as “${prov.raw ?? value}”: not used.`,
          [key],
          { numbers: { page: mark.page, confidence: mark.confidence }, span: prov.span },
        ),
      );
    }
  }
  // A table printed twice whose recognised copies state a figure differently: one copy is misread
  // there (a cell lost, a row moved), and which cannot be told: the figure is not printed.
  for (const issue of result.issues.filter((i) => i.code === 'TABLE_COPIES_DIFFER')) {
    for (const key of issue.keys) {
      const prov = result.provenance[key];
      if (!prov?.ocr || result.figures[key] == null) continue;
      nullFigure(
        result,
        key,
        makeIssue(
          'OCR_DOUBT',
          `此表印了不止一次,识别出的各份在此格不同(读作“${prov.raw ?? ''}”),无法确定哪一份读错,未采用。`,
          `The table is printed more than once and its recognised copies differ in this cell (read as “${prov.raw ?? ''}”); which copy is misread cannot be told: not used.`,
          [key],
          { numbers: { page: prov.ocr.page, confidence: prov.ocr.confidence }, span: prov.span },
        ),
      );
    }
  }
  for (const p of laid.placed) {
    for (const d of p.doubts) {
      const keys = Object.entries(result.provenance)
        .filter(([, prov]) => prov.span && prov.span[0] <= d.at && d.at < prov.span[1] && prov.via !== 'inferred')
        .map(([k]) => k);
      const page = p.item.page;
      const numbers = { page, confidence: d.conf };
      if (d.held === 'glyph') {
        result.issues.push(
          makeIssue(
            'OCR_DOUBT',
            `第${page}页表格单元格中识别出的“${d.raw}”不是数字(可能是印章残迹或读错的数字),此格未采用。`,
            `“${d.raw}” recognised in a table cell on page ${page} is no digit (a seal's trace or a misread digit): the cell is not used.`,
            keys,
            { numbers, span: [d.at, d.at + 1] },
          ),
        );
        continue;
      }
      // Why the digits were held: their confidence, or the fragment they were read from (layout.ts).
      const why = (d.held && HELD_WHY[d.held]) ?? {
        zh: `识别把握不足(${d.conf.toFixed(3)})`,
        en: `recognised with too little confidence (${d.conf.toFixed(3)})`,
      };
      result.issues.push(
        d.confirmed
          ? makeIssue(
              'OCR_CONFIRMED',
              `第${page}页的数字${why.zh},读作“${d.raw}”,与“${d.confirmed.zh}”算出的数相同,采用。`,
              `Digits on page ${page} ${why.en} as “${d.raw}”, the number “${d.confirmed.en}” determines: used.`,
              keys,
              { numbers, span: [d.at, d.at + d.raw.length] },
            )
          : makeIssue(
              d.held ? 'OCR_DOUBT' : 'OCR_LOW_CONFIDENCE',
              `第${page}页的数字${why.zh},可能是“${d.raw}”,未采用。`,
              `Digits on page ${page} ${why.en}, perhaps “${d.raw}”: not used.`,
              keys,
              { numbers, span: [d.at, d.at + 1] },
            ),
      );
    }
  }
  // One cell at a time: nulling one may settle the other failures.
  for (let round = 0; round < 20; round++) {
    const candidates = crossings(result)
      .map((k) => ({ key: k, mark: result.provenance[k]!.ocr! }))
      .sort((a, b) => a.mark.confidence - b.mark.confidence);
    const worst = candidates[0];
    if (!worst) break;
    const prov = result.provenance[worst.key]!;
    nullFigure(
      result,
      worst.key,
      makeIssue(
        'OCR_DOUBT',
        `行与列的合计都不相符,此格识别把握最低(${worst.mark.confidence.toFixed(3)}),读作“${prov.raw ?? ''}”,未采用。`,
        `A row sum and a column sum both fail through this cell, the least confidently recognised (${worst.mark.confidence.toFixed(3)}), read as “${prov.raw ?? ''}”: not used.`,
        [worst.key],
        { numbers: { page: worst.mark.page, confidence: worst.mark.confidence }, span: prov.span },
      ),
    );
  }
  // A relation still failing holds a misreading somewhere (a digit dropped, 28 read as 8, with the
  // engine sure of the 8) unless the report contradicts itself, and which cell it is cannot be told:
  // none of its recognised cells is printed (a scan never prints a doubtful digit), unless every one of
  // them is surely read (no doubt held in it: no speck, fragment, faint box or glyph count short; and,
  // as no sum protects it any more, above table 2's stricter threshold): then the report contradicts
  // itself, its values stand and the parser's SUM_MISMATCH flags the failure, as for text.
  for (const r of failingRelations(result)) {
    if (surelyRead(result, laid, r, thresholds)) continue;
    for (const key of [...r.left, ...r.right].flatMap((k) => terms(result.figures, k))) {
      const prov = result.provenance[key];
      const mark = prov?.ocr;
      if (!prov || !mark || prov.via === 'inferred' || result.figures[key] == null) continue;
      nullFigure(
        result,
        key,
        makeIssue(
          'OCR_DOUBT',
          `“${r.label.zh}”不相符,此格是识别出的(把握 ${mark.confidence.toFixed(3)}),读作“${prov.raw ?? ''}”,无法确定哪一格读错,未采用。`,
          `“${r.label.en}” fails and this cell was recognised (confidence ${mark.confidence.toFixed(3)}) as “${prov.raw ?? ''}”; which cell is misread cannot be told: not used.`,
          [key],
          { numbers: { page: mark.page, confidence: mark.confidence }, span: prov.span },
        ),
      );
    }
  }
  // A sign lost in recognition turns a decrease into an increase, and table 2 has no sum to tell: a
  // recognised change printed without its sign is not printed unless it is 0.
  for (const [key, prov] of Object.entries(result.provenance) as [string, Provenance][]) {
    const value = result.figures[key];
    if (!key.startsWith('active.') || !key.endsWith('.change') || !prov.ocr || prov.via !== 'table' || !value) continue;
    if (/^[+＋\-−－—]/.test((prov.raw ?? '').trim())) continue;
    nullFigure(
      result,
      key,
      makeIssue(
        'OCR_DOUBT',
        `本年增/减识别为“${prov.raw ?? value}”,没有识别出正负号(可能漏识),未采用。`,
        `The year's change was recognised as “${prov.raw ?? value}” with no sign (one may have been lost): not used.`,
        [key],
        { numbers: { page: prov.ocr.page, confidence: prov.ocr.confidence }, span: prov.span },
      ),
    );
  }
  dropUndetermined(result, before);
  inferJointly(result, laid, before);
  completeGroupSums(result);
  return result;
}

/**
 * What the table's relations, solved together, determine from the figures read: a cell lost in the
 * layout, a `?` or a mark, a row not found (solve.ts). Only read figures are taken as known (never an
 * inferred one, never a held doubtful digit), and no relation through a recognised cell the guard
 * held (its read figures contradict a sum: which one is misread cannot be told) is used. A cell read
 * as a doubtful number (`?`) is printed only when the sums give that number or one it lost digits of
 * (`76` held, 767 determined: a digit not read): where they give another, the doubtful digits or a
 * confident one in the sums is misread, which cannot be told: no equation through that cell is used.
 */
function inferJointly(result: ParseResult, laid: LaidOut, before: ParseResult['figures']): void {
  const read = readFigures(result);
  const held = new Set(Object.keys(before).filter((k) => before[k] != null && result.figures[k] == null));
  const members = (r: SumRelation) => [...r.left, ...r.right].flatMap((k) => [k, ...(figureDef(k)?.sumOf ?? [])]);
  const usable = relationsFor(result.meta.format).filter(
    (r) => !members(r).some((k) => held.has(k) && result.provenance[k]?.via !== 'inferred'),
  );
  // A doubtful reading the sums contradict: the equations through its cell hold a misreading (or the
  // report's own sums fail there), so they are left out and the rest solved again.
  const apart = new Set<string>();
  let solved = solveRelations(usable, read);
  for (let round = 0; round < 20; round++) {
    const more = contradicted(result, laid, solved).filter((k) => !apart.has(k));
    if (!more.length) break;
    more.forEach((k) => apart.add(k));
    solved = solveRelations(usable, read, apart);
  }
  for (const [key, { value, relations }] of solved) {
    if (result.figures[key] != null || (held.has(key) && result.provenance[key]?.via !== 'inferred')) continue;
    // a group sum whose parts are all known is their sum (completeGroupSums), not an inference of its own
    if (figureDef(key)?.sumOf?.every((p) => result.figures[p] != null || solved.has(p))) continue;
    // a group sum (results.denied) enters the relations through its parts
    const mine = [key, ...(figureDef(key)?.sumOf ?? [])];
    const own = relations.filter((r) => members(r).some((k) => mine.includes(k)));
    const from = own.flatMap(members).filter((k) => read(k) !== null);
    const span = unionSpan(from.map((k) => result.provenance[k]?.span));
    const cell = result.provenance[key]?.span ?? span;
    result.figures[key] = value;
    result.provenance[key] = { via: 'inferred', span, rule: 'ocr.joint', basis: own[0]!.id };
    result.issues.push(
      makeIssue(
        'INFERRED',
        `${zhLabel(key)}未能读出,由${own.map((r) => `“${r.label.zh}”`).join('、')}与读出的数字共同推定为${value}。`,
        `${enLabel(key)} could not be read; ${own.map((r) => `“${r.label.en}”`).join(', ')} together with the figures read determine it as ${value}.`,
        [key],
        { numbers: { value }, span: cell },
      ),
    );
  }
}

/**
 * An inferred figure stands only while the figures the guard left still determine it: one the
 * parser inferred from a recognised cell the guard then held (2 + a misread 6 printed as 8) is not
 * printed either, so no doubtful digit reaches a figure through a sum.
 */
function dropUndetermined(result: ParseResult, before: ParseResult['figures']): void {
  const relations = relationsFor(result.meta.format);
  const held = () => Object.keys(before).some((k) => before[k] != null && result.figures[k] == null);
  for (let round = 0; round < 20 && held(); round++) {
    const loose = Object.entries(result.provenance).filter(([key, prov]) => {
      const value = result.figures[key];
      if (prov.via !== 'inferred' || value == null) return false;
      const parts = figureDef(key)?.sumOf;
      const sum = parts?.reduce<number | null>((a, p) => (a === null || result.figures[p] == null ? null : a + result.figures[p]!), 0);
      return sum !== value && !relations.some((r) => determined(r, key, result.figures) === value);
    });
    if (!loose.length) return;
    for (const [key, prov] of loose)
      nullFigure(
        result,
        key,
        makeIssue(
          'OCR_DOUBT',
          `此数由合计推算，但推算所用的识别数字未采用，故不采用。`,
          `This figure was inferred from the sums through a recognised cell that is not used: not used either.`,
          [key],
          { span: prov.span },
        ),
      );
  }
}

/**
 * Cells whose doubtful reading the solved relations contradict: a `?` whose digits are no number the
 * relations give its cell (a row read as one `?`: the reading is one of its cells, so none of theirs;
 * all of them).
 */
function contradicted(result: ParseResult, laid: LaidOut, solved: Map<string, Solved>): string[] {
  const bySpan = new Map<string, string[]>();
  for (const [key, prov] of Object.entries(result.provenance) as [string, Provenance][])
    if (prov.raw?.trim() === '?' && prov.span) bySpan.set(String(prov.span), [...(bySpan.get(String(prov.span)) ?? []), key]);
  const out: string[] = [];
  for (const keys of bySpan.values()) {
    const fits = (raw: string) => keys.some((k) => !solved.has(k) || lostFrom(raw, solved.get(k)!.value));
    if (!heldReadings(laid, result.provenance[keys[0]!]).every(fits)) out.push(...keys);
  }
  return out;
}

/** Whether the digits `raw` are those of `value` with some left out, in order (76 of 767, 3 of 813). */
function lostFrom(raw: string, value: number): boolean {
  let i = 0;
  for (const ch of String(value)) if (ch === raw[i]) i++;
  return i === raw.length;
}

/** Held readings that are most likely no digit at all (a seal's trace or speck): marks, not numbers. */
const MARKS = new Set<Doubt['held']>(['glyph', 'fragment', 'faint']);

/**
 * Group sums (a figure that is the sum of others: 不予公开 of its eight reasons) the parser could not
 * add, a part unknown, whose parts are all known once the relations solved together determined it.
 */
function completeGroupSums(result: ParseResult): void {
  for (const def of FIGURES) {
    const parts = def.sumOf;
    if (!parts || result.figures[def.key] != null || !parts.every((k) => result.figures[k] != null)) continue;
    if (!parts.some((k) => result.provenance[k]?.rule === 'ocr.joint')) continue;
    result.figures[def.key] = parts.reduce((a, k) => a + result.figures[k]!, 0);
    result.provenance[def.key] = {
      via: 'inferred',
      span: unionSpan(parts.map((k) => result.provenance[k]?.span)),
      rule: 'group-sum',
      basis: 'group-sum',
    };
  }
}

/** The doubtful digits held in a cell read as one `?` (a mark held there is no number: none). */
function heldReadings(laid: LaidOut, prov: Provenance | undefined): string[] {
  const span = prov?.raw?.trim() === '?' ? prov.span : null;
  if (!span) return [];
  return laid.placed
    .flatMap((p) => p.doubts)
    .filter((d) => !d.confirmed && !MARKS.has(d.held) && span[0] <= d.at && d.at < span[1])
    .map((d) => d.raw);
}

/**
 * Every recognised cell of `r` is surely read: confident above table 2's threshold, with no doubt held
 * in it (a speck, a fragment, a faint box, a glyph count short, even one the sums confirmed), and no
 * member inferred (a sum through a contradiction proves nothing).
 */
function surelyRead(result: ParseResult, laid: LaidOut, r: SumRelation, thresholds: Thresholds): boolean {
  const doubts = laid.placed.flatMap((p) => p.doubts);
  return [...r.left, ...r.right]
    .flatMap((k) => terms(result.figures, k))
    .every((key) => {
      const prov = result.provenance[key];
      if (!prov || prov.via === 'inferred') return false;
      if (!prov.ocr) return true;
      const span = prov.span;
      return prov.ocr.confidence >= thresholds.table2 && !!span && !doubts.some((d) => span[0] <= d.at && d.at < span[1]);
    });
}

/**
 * Relations whose members are all known and whose sides differ, or whose known members leave their
 * unknown ones (all on one side) less than 0: a row whose first cell was held (`?`) and every other
 * read one place off (0 = ? + 0 + 1 + 1) is no less misread for the cell unknown.
 */
function failingRelations(result: ParseResult): SumRelation[] {
  return relationsFor(result.meta.format).filter((r) => {
    const left = r.left.map((k) => valueOf(result.figures, k));
    const right = r.right.map((k) => valueOf(result.figures, k));
    const known = (side: (number | null)[]) => side.reduce<number>((a, v) => a + (v ?? 0), 0);
    const unknownLeft = left.includes(null);
    const unknownRight = right.includes(null);
    if (unknownLeft && unknownRight) return false;
    if (unknownLeft) return known(right) < known(left);
    if (unknownRight) return known(left) < known(right);
    return known(left) !== known(right);
  });
}
