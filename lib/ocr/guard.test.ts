// The guard on recognised text: doubtful digits never printed, each figure's page and box, table 2
// held stricter, and the crossing of a failing row and column sum nulled (OCR_DOUBT). Recognised
// documents are built here from a report's lines (cells set on a grid), with the confidences a test
// gives them: what the engine returns, without running it.
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, TABLE3_ROWS } from '../figures/keys';
import { SAMPLE3, SAMPLE4 } from '../parser/testing/build';
import { readRecognised } from './read';
import type { OcrDocument, OcrItem } from './types';

/** A cell's text, or its text with the engine's confidence (its box's height, 0.01 unless given, and
 * width, 0.01 a character unless given; in the table cell of the item before it when `sameCell`; the
 * glyphs counted in its ink when `glyphs`). */
type Cell =
  | string
  | {
      text: string;
      conf: number;
      height?: number;
      width?: number;
      sameCell?: boolean;
      glyphs?: number;
      glyphWidths?: number[];
      ring?: boolean;
    };

/** Lines of cells → an OcrDocument: one item per cell, a cell per column of a ruled table when `cells`. */
function recognised(lines: Cell[][]): OcrDocument {
  const items: OcrItem[] = [];
  lines.forEach((cells, row) => {
    let col = -1;
    cells.forEach((cell) => {
      const {
        text,
        conf,
        height = 0.01,
        width = Math.min(0.3, 0.01 * text.length),
        sameCell = false,
        glyphs,
        glyphWidths,
        ring,
      } = typeof cell === 'string' ? { text: cell, conf: 0.999, glyphs: undefined, glyphWidths: undefined, ring: undefined } : cell;
      if (!sameCell) col++;
      const y = 0.02 + row * 0.012;
      const x = (col === 0 ? 0.05 : 0.4 + col * 0.07) + (sameCell ? 0.035 : 0);
      items.push({
        page: 1,
        box: [x, y + 0.005 - height / 2, x + width, y + 0.005 + height / 2],
        text,
        conf: [...text].map(() => conf),
        cell: cells.length > 1 ? 1000 * row + col : -1,
        ...(glyphs === undefined ? {} : { glyphs }),
        ...(glyphWidths === undefined ? {} : { glyphWidths }),
        ...(ring === undefined ? {} : { ring }),
      });
    });
  });
  return { engine: 'test', pages: [{ width: 2480, height: 3508, skew: 0, seconds: 0 }], items };
}

function report(overrides: Record<string, Cell[]> = {}): Cell[][] {
  const rows = TABLE3_ROWS.filter((r) => r.formats.includes('2019') && SAMPLE3[r.id]).map((r) => [
    r.zh,
    ...(overrides[r.id] ?? SAMPLE3[r.id]!.map(String)),
  ]);
  return [
    ['阜阳市人民政府2020年政府信息公开工作年度报告'],
    ['三、收到和处理政府信息公开申请情况'],
    ['申请人情况', '自然人', '法人或其他组织', '总计'],
    ['', '', ...APPLICANT_COLUMNS.slice(1, 6).map((c) => c.zh)],
    ...rows,
    ['四、政府信息公开行政复议、行政诉讼情况'],
  ];
}

const kind = { fileType: 'pdf' as const, mimeType: 'application/pdf' };

function read(lines: Cell[][]) {
  const out = readRecognised(recognised(lines), 'scan.pdf', kind);
  if (!out.ok) throw new Error(`refused: ${out.code}`);
  return out;
}

describe('recognised text read by the one parser', () => {
  it('reads every cell of a confidently recognised table 3, each figure with its page, box and confidence', () => {
    const r = read(report());
    expect(r.result.figures['applications.new.natural']).toBe(790);
    expect(r.result.figures['results.total.total']).toBe(813);
    const mark = r.result.provenance['applications.new.natural']!.ocr!;
    expect(mark).toMatchObject({ medium: 'ocr', page: 1 });
    expect(mark.confidence).toBeCloseTo(0.999, 3);
    // The box is the cell's: right of the label column, on the 一、 row.
    expect(mark.box[0]).toBeGreaterThan(0.4);
    expect(r.result.issues.filter((i) => i.code.startsWith('OCR_'))).toEqual([]);
    expect(r.ocr?.items.length).toBeGreaterThan(100);
  });

  it('never prints a digit below the threshold that the sums do not confirm: the cell is unreadable, its raw reading in an issue', () => {
    // 790 read as 780, unsure: its row total (835) and its column's balance both say otherwise.
    const row = [...SAMPLE3['applications.new']!.map(String)] as Cell[];
    row[0] = { text: '780', conf: 0.6 };
    const r = read(report({ 'applications.new': row }));
    expect(r.text).toContain('一、本年新收政府信息公开申请数量 | ? | 6');
    const doubt = r.result.issues.find((i) => i.code === 'OCR_LOW_CONFIDENCE');
    expect(doubt?.message.zh).toContain('780');
    expect(doubt?.numbers).toMatchObject({ page: 1, confidence: 0.6 });
    expect(r.result.figures['applications.new.natural']).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_CONFIRMED')).toBe(false);
  });

  it('prints a doubtful reading the sums confirm (the row total determines the same number), with OCR_CONFIRMED', () => {
    const row = [...SAMPLE3['applications.new']!.map(String)] as Cell[];
    row[0] = { text: '790', conf: 0.6 };
    const r = read(report({ 'applications.new': row }));
    expect(r.text).toContain('一、本年新收政府信息公开申请数量 | 790 | 6');
    expect(r.result.figures['applications.new.natural']).toBe(790);
    expect(r.result.provenance['applications.new.natural']).toMatchObject({ via: 'table', ocr: { confidence: 0.6 } });
    const confirmed = r.result.issues.find((i) => i.code === 'OCR_CONFIRMED');
    expect(confirmed?.keys).toEqual(['applications.new.natural']);
    expect(r.result.issues.some((i) => i.code === 'OCR_LOW_CONFIDENCE')).toBe(false);
  });

  it('leaves doubtful cells unconfirmed where every relation through them has two unknowns (a 2 × 2 block)', () => {
    const unsure = (id: string) => SAMPLE3[id]!.map((v, i): Cell => (i < 2 ? { text: String(v), conf: 0.6 } : String(v)));
    const r = read(
      report({ 'applications.new': unsure('applications.new'), 'applications.carriedOver': unsure('applications.carriedOver') }),
    );
    for (const key of ['applications.new.natural', 'applications.new.commercial', 'applications.carriedOver.natural'])
      expect(r.result.figures[key]).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_CONFIRMED')).toBe(false);
  });

  it('nulls the recognised cell where a failing row sum and a failing column sum cross, when it is the least sure', () => {
    // 249 misread as 240 (a confident-looking 0.99): its row total and its column total both fail.
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[0] = { text: '240', conf: 0.99 };
    const r = read(report({ 'results.granted': row }));
    expect(r.result.figures['results.granted.natural']).toBeNull();
    const doubt = r.result.issues.find((i) => i.code === 'OCR_DOUBT');
    expect(doubt?.keys).toEqual(['results.granted.natural']);
    // The other cells of the row stand.
    expect(r.result.figures['results.granted.total']).toBe(270);
  });

  it('nulls every recognised cell of a relation that still fails where no crossing tells which', () => {
    // 249 misread as 240 (0.9: above the digit threshold, not table 2's); the column cannot be checked
    // (its total is doubtful, 761 unconfirmed).
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[0] = { text: '240', conf: 0.9 };
    const total = [...SAMPLE3['results.total']!.map(String)] as Cell[];
    total[0] = { text: '761', conf: 0.5 };
    const r = read(report({ 'results.granted': row, 'results.total': total }));
    expect(r.result.figures['results.granted.natural']).toBeNull();
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys[0] === 'results.granted.natural')?.message.en).toContain('fails');
    // Which cell of the row is misread cannot be told: none of them is printed, the others confident too.
    expect(r.result.figures['results.granted.total']).toBeNull();
    expect(r.result.figures['results.granted.commercial']).toBeNull();
    // The rows whose sums hold stand.
    expect(r.result.figures['results.partial.total']).toBe(SAMPLE3['results.partial']![6]);
  });

  it('never prints a recognised table 2 change without its sign (a lost minus turns a decrease into an increase)', () => {
    const lines: Cell[][] = [
      ['阜阳市人民政府2020年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['第二十条第(五)项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '190', '15', '287790'],
      ['其他对外管理服务事项', '449', '-3', '1014956'],
      ...report().slice(1),
    ];
    const r = read(lines);
    expect(r.result.figures['active.licensing.prevItems']).toBe(190);
    expect(r.result.figures['active.licensing.change']).toBeNull();
    expect(r.result.figures['active.otherServices.change']).toBe(-3);
  });

  it('never prints a confident misreading its sums contradict (28 read as 8 with the engine sure of the 8)', () => {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[0] = { text: '240', conf: 0.9999 };
    const r = read(report({ 'results.granted': row }));
    expect(r.result.figures['results.granted.natural']).toBeNull();
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT')?.keys).toEqual(['results.granted.natural']);
    // the crossing cell explains both failures: the rest of its row and column stand
    expect(r.result.figures['results.granted.total']).toBe(270);
  });

  /** The report with 予以公开's natural-person cell read as `cell`, its row total and its column's total unsure, so no sum would catch it. */
  function readGrantedNaturalUnchecked(cell: Cell) {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[0] = cell;
    row[6] = { text: '270', conf: 0.5 };
    const total = [...SAMPLE3['results.total']!.map(String)] as Cell[];
    total[0] = { text: '767', conf: 0.5 };
    return read(report({ 'results.granted': row, 'results.total': total }));
  }

  it('never prints a digit read from a fragment, however sure the engine is (a seal speck read as 8)', () => {
    // 249 lost but for a speck a fifth of a digit high, read as `8` at 0.9999.
    const r = readGrantedNaturalUnchecked({ text: '8', conf: 0.9999, height: 0.002 });
    expect(r.text).toContain('(一)予以公开 | ? | 3');
    // Not the 8: the sums together give 249 (a speck's reading is no number they must agree with).
    expect(r.result.figures['results.granted.natural']).toBe(249);
    expect(r.result.provenance['results.granted.natural']).toMatchObject({ via: 'inferred', rule: 'ocr.joint' });
    const doubt = r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.granted.natural'));
    expect(doubt?.message.en).toContain('fragment');
    // A whole digit beside it, as sure, stands.
    expect(r.result.figures['results.granted.commercial']).toBe(3);
  });

  it('never prints digits read from a box with room for one more (CTC reads a repeated digit once: 447 as 47)', () => {
    // Three digits' width read as two, the engine sure.
    const r = readGrantedNaturalUnchecked({ text: '24', conf: 0.9999, width: 0.03 });
    expect(r.text).toContain('(一)予以公开 | ? | 3');
    const doubt = r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.granted.natural'));
    expect(doubt?.message.en).toContain('one digit more');
    // The 24 is not printed: the sums together (the column's balance gives its total 767, then its
    // outcomes) give 249, whose digits the 24 read are with one lost.
    expect(r.result.figures['results.granted.natural']).toBe(249);
    expect(r.result.provenance['results.granted.natural']).toMatchObject({ via: 'inferred', rule: 'ocr.joint' });
    // Numbers as wide as their digits stand.
    expect(r.result.figures['results.granted.legal']).toBe(16);
  });

  it('prints a lone 0 in a cell from 0.6 (the model reads it unsurely, the sums hold it), no other digit below 0.8', () => {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[2] = { text: '0', conf: 0.65 };
    row[3] = { text: '2', conf: 0.65 };
    row[5] = { text: '0', conf: 0.55 };
    const r = read(report({ 'results.granted': row }));
    const doubted = (key: string) =>
      r.result.issues.some((i) => (i.code === 'OCR_LOW_CONFIDENCE' || i.code === 'OCR_CONFIRMED') && i.keys.includes(key));
    expect(r.result.figures['results.granted.research']).toBe(0);
    expect(doubted('results.granted.research')).toBe(false);
    // The 2 at 0.65 and the 0 at 0.55 are doubts (printed only where the sums confirm them).
    expect(doubted('results.granted.nonprofit')).toBe(true);
    expect(doubted('results.granted.otherOrg')).toBe(true);
  });

  it('never prints a number whose ink holds a glyph more than the digits read (11 read as 1), however sure', () => {
    const r = readGrantedNaturalUnchecked({ text: '24', conf: 0.9999, glyphs: 3 });
    expect(r.text).toContain('(一)予以公开 | ? | 3');
    expect(r.result.provenance['results.granted.natural']?.via).not.toBe('table');
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.granted.natural'))?.message.en).toContain(
      'one digit more',
    );
  });

  it('never prints a number whose ink holds two touching digits in one glyph as wide as two (449 read as 49, its 4s touching), however sure', () => {
    // As fuyang_2020's 449 and 346 at 150 dpi: a glyph 1.4 times as wide as high, and a digit's.
    const r = readGrantedNaturalUnchecked({ text: '24', conf: 0.9999, glyphs: 2, glyphWidths: [1.43, 0.72] });
    expect(r.text).toContain('(一)予以公开 | ? | 3');
    expect(r.result.provenance['results.granted.natural']?.via).not.toBe('table');
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.granted.natural'))?.message.en).toContain(
      'one digit more',
    );
    // Three touching (a glyph as wide as a digit and two advances more) and one apart: four digits, three read.
    expect(readGrantedNaturalUnchecked({ text: '299', conf: 0.9999, glyphs: 2, glyphWidths: [2.1, 0.7] }).text).toContain(
      '(一)予以公开 | ? | 3',
    );
    expect(readGrantedNaturalUnchecked({ text: '299', conf: 0.9999, glyphs: 2, glyphWidths: [1.4, 0.7] }).text).toContain(
      '(一)予以公开 | 299 | 3',
    );
  });

  it('prints a number each of whose glyphs is a digit wide, one with a seal stroke touching it (as wide as 1.18 its height)', () => {
    const r = readGrantedNaturalUnchecked({ text: '249', conf: 0.9999, glyphs: 3, glyphWidths: [0.6, 0.72, 1.18] });
    expect(r.result.figures['results.granted.natural']).toBe(249);
  });

  it('never prints a decimal whose ink holds a digit more than read (9116.36 read as 916.36: table 2, no sum protects it)', () => {
    const fees = (cell: Cell) => [
      ['某区人民政府2022年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['第二十条第(八)项'],
      ['信息内容', '本年收费金额(单位:万元)'],
      ['行政事业性收费', cell],
      ...report().slice(1),
    ];
    const misread = read(fees({ text: '916.36', conf: 0.9999, glyphs: 6, glyphWidths: [0.7, 0.3, 0.3, 0.7, 0.7, 0.7] }));
    expect(misread.text).toContain('行政事业性收费 | ?.?');
    expect(misread.result.figures['active.fees.amountYuan'] ?? null).toBeNull();
    // Its point is no glyph: as many glyphs as digits stand.
    const read6 = read(fees({ text: '9116.36', conf: 0.9999, glyphs: 6, glyphWidths: [0.7, 0.3, 0.3, 0.7, 0.7, 0.7] }));
    expect(read6.result.figures['active.fees.amountYuan']).toBe(91163600);
  });

  it('prints a number whose ink holds as many glyphs as digits, however wide its box (the count replaces the width)', () => {
    const r = readGrantedNaturalUnchecked({ text: '249', conf: 0.9999, glyphs: 3, width: 0.06 });
    expect(r.result.figures['results.granted.natural']).toBe(249);
    // A lone 0 hides no repeated digit (no number begins with 0), whatever its ink (a grey top splits it).
    expect(readGrantedNaturalUnchecked({ text: '0', conf: 0.9999, glyphs: 2 }).text).toContain('(一)予以公开 | 0 | 3');
  });

  it('never prints digits read where the box holds no dark ink (a seal stroke read as 8); beside a number in its cell, leaves them out', () => {
    const r = readGrantedNaturalUnchecked({ text: '8', conf: 0.9999, glyphs: 0 });
    expect(r.text).toContain('(一)予以公开 | ? | 3');
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.granted.natural'))?.message.en).toContain(
      'no dark ink',
    );
    // A seal's stroke read as `2` beside the 0 of a cell: the row keeps its seven cells.
    const row = [...SAMPLE3['results.denied.threeSecurity']!.map(String)] as Cell[];
    row.splice(3, 0, { text: '2', conf: 0.95, glyphs: 0, sameCell: true });
    const s = read(report({ 'results.denied.threeSecurity': row }));
    expect(s.text).toContain('3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0');
    expect(s.result.figures['results.denied.threeSecurity.nonprofit']).toBe(0);
  });

  it('never prints a figure the parser inferred from a cell the guard then nulled (a 6 read for 0, summed into 不予处理)', () => {
    // 要求提供公开出版物's legal-person cell read as 6, sure: its row total (0) and its column's total
    // (26) both fail and it is nulled; 不予处理's legal-person sum, inferred from it, goes with it.
    const row = [...SAMPLE3['results.rejected.publication']!.map(String)] as Cell[];
    row[4] = { text: '6', conf: 0.99 };
    const r = read(report({ 'results.rejected.publication': row }));
    expect(r.result.figures['results.rejected.publication.legal']).toBeNull();
    expect(r.result.figures['results.rejected.legal']).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('results.rejected.legal'))).toBe(true);
    // The sums whose cells stand are still inferred.
    expect(r.result.figures['results.rejected.natural']).toBe(37);
  });

  it('never gives a row whose label was misread to the row below, whose numbers were lost (total read as (t)总计)', () => {
    const lines = report().map((cells) =>
      cells[0] === '(七)总计' ? ['(t)总计', ...cells.slice(1)] : cells[0] === '四、结转下年度继续办理' ? [cells[0]] : cells,
    );
    const r = read(lines);
    expect(r.text).toContain('(t)总计 | 767 | 7');
    // 结转下年度 printed no numbers: no cell is read for it (the total row's are not), and what the
    // sums infer of it and of the total is the truth or nothing.
    APPLICANT_COLUMNS.forEach((c, i) => {
      expect(r.result.provenance[`carriedForward.${c.id}`]?.via).not.toBe('table');
      expect([null, SAMPLE3.carriedForward![i]]).toContain(r.result.figures[`carriedForward.${c.id}`]);
      expect([null, SAMPLE3['results.total']![i]]).toContain(r.result.figures[`results.total.${c.id}`]);
    });
    // The rows read with their own labels stand.
    expect(r.result.figures['results.granted.natural']).toBe(SAMPLE3['results.granted']![0]);
  });

  it("never prints a number a paragraph's line wrap cut (9116.36 as 9 ending a line, 116.36 starting the next)", () => {
    const lines: Cell[][] = [
      ['阜阳市人民政府2020年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况第二十条第(八)项信息内容本年收费金额(单位:万元)行政事业性收费9'],
      ['116.36三、收到和处理政府信息公开申请情况'],
      ...report().slice(2),
    ];
    const r = read(lines);
    expect([null, 91163600]).toContain(r.result.figures['active.fees.amountYuan'] ?? null);
    expect(r.text).toContain('行政事业性收费?\n?.?三、');
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.message.en.includes('line wrap'))).toBeDefined();
    // The table below is read whole.
    expect(r.result.figures['results.total.total']).toBe(813);
  });

  it('holds a glyph that is no digit alone in a cell among numbers (0 read as 。) as an unreadable cell: the row keeps its columns', () => {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[2] = '。';
    const r = read(report({ 'results.granted': row }));
    expect(r.text).toContain('(一)予以公开 | 249 | 3 | ? | 2 | 16 | 0 | 270');
    expect(r.result.figures['results.granted.legal']).toBe(16);
    expect(r.result.figures['results.granted.total']).toBe(270);
    // The cell itself is never read from the glyph: the row's total and the read cells determine it.
    expect(r.result.figures['results.granted.research']).toBe(0);
    expect(r.result.provenance['results.granted.research']).toMatchObject({ via: 'inferred', rule: 'ocr.joint' });
    const doubt = r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.message.en.includes('no digit'));
    expect(doubt?.message.zh).toContain('“。”');
  });

  it('finds 重复申请’s row with 申 read as 中 and its ordinal’s dot lost (2重复中请), as scans of it read', () => {
    const r = read(report().map((cells) => (cells[0] === '2.重复申请' ? ['2重复中请', ...cells.slice(1)] : cells)));
    expect(r.result.figures['results.rejected.duplicate.natural']).toBe(12);
    expect(r.result.figures['results.rejected.duplicate.total']).toBe(13);
    expect(r.result.issues.some((i) => i.code === 'ROW_MISSING')).toBe(false);
  });

  it('finds 出版物’s row with the end of its label lost (3要本提供公开出), as a scan of it reads', () => {
    const r = read(report().map((cells) => (cells[0] === '3.要求提供公开出版物' ? ['3要本提供公开出', ...cells.slice(1)] : cells)));
    expect(r.result.figures['results.rejected.publication.total']).toBe(SAMPLE3['results.rejected.publication']![6]);
    expect(r.result.issues.some((i) => i.code === 'ROW_MISSING')).toBe(false);
  });

  /** Table 3's rows in one ruled table (one band of cells), the cell of `lose` at `col` not recognised. */
  function losing(rows: Record<string, Cell[]>, lose: string, col: number): OcrDocument {
    const doc = recognised(report(rows));
    const label = TABLE3_ROWS.find((r) => r.id === lose)!.zh;
    const labelItem = doc.items.find((i) => i.text === label)!;
    const gone = doc.items.find((i) => i.cell === labelItem.cell + 1 + col)!;
    const inTable = (i: OcrItem) => i.cell >= 0 && i.box[1] > labelItem.box[1] - 0.3;
    return { ...doc, items: doc.items.filter((i) => i !== gone).map((i) => (inTable(i) ? { ...i, cell: 500000 + (i.cell % 1000) } : i)) };
  }

  it("infers a cell recognition lost (nothing read where the table's columns show one) from the sums", () => {
    const out = readRecognised(losing({}, 'results.granted', 2), 'scan.pdf', kind);
    if (!out.ok) throw new Error(out.code);
    expect(out.text).toContain('(一)予以公开 | 249 | 3 | ? | 2 | 16 | 0 | 270');
    expect(out.result.figures['results.granted.research']).toBe(0);
    expect(out.result.provenance['results.granted.research']).toMatchObject({ via: 'inferred' });
    expect(out.result.issues.some((i) => i.code === 'INFERRED' && i.keys[0] === 'results.granted.research')).toBe(true);
  });

  it('adds the group sums a lost cell the sums determined completes (不予公开 of its eight reasons)', () => {
    const out = readRecognised(losing({}, 'results.denied.thirdParty', 5), 'scan.pdf', kind);
    if (!out.ok) throw new Error(out.code);
    expect(out.result.figures['results.denied.thirdParty.otherOrg']).toBe(11);
    expect(out.result.figures['results.denied.otherOrg']).toBe(11);
    expect(out.result.provenance['results.denied.otherOrg']).toMatchObject({ via: 'inferred', rule: 'group-sum' });
  });

  it('never infers a lost cell from a row holding a misread beside it (its row and its column determine different numbers)', () => {
    // 249 lost; research's 0 misread as 1 (0.9): the row says 248, the column 249.
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[2] = { text: '1', conf: 0.9 };
    const out = readRecognised(losing({ 'results.granted': row }, 'results.granted', 0), 'scan.pdf', kind);
    if (!out.ok) throw new Error(out.code);
    expect(out.text).toContain('(一)予以公开 | ? | 3 | 1 | 2 | 16 | 0 | 270');
    expect([null, 249]).toContain(out.result.figures['results.granted.natural']);
    // Never the row's 248 (the misread 1 in it); the misread cell is printed neither as read nor as the sums' 0.
    expect(
      out.result.issues.some((i) => i.code === 'INFERRED' && i.keys[0] === 'results.granted.natural' && i.numbers?.value === 248),
    ).toBe(false);
    expect(out.result.figures['results.granted.research']).toBeNull();
    // Not from the lost cell's relations one by one (they disagree): solved together, the row through
    // the held misread is left out and the column gives it.
    expect(out.result.provenance['results.granted.natural']?.rule).not.toBe('ocr.lostCell');
  });

  it('prints digits read with a speck beside them (0 read as `0.`) only as the sums confirm them, without the speck', () => {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[2] = { text: '0.', conf: 0.99 };
    const r = read(report({ 'results.granted': row }));
    expect(r.text).toContain('(一)予以公开 | 249 | 3 | 0 | 2 | 16 | 0 | 270');
    expect(r.result.figures['results.granted.research']).toBe(0);
    expect(r.result.provenance['results.granted.research']).toMatchObject({ via: 'table', ocr: { confidence: 0.99 } });
    const confirmed = r.result.issues.find((i) => i.code === 'OCR_CONFIRMED');
    expect(confirmed?.keys).toEqual(['results.granted.research']);
    expect(confirmed?.message.en).toContain('speck');
  });

  it('never prints specked digits the sums contradict (a 3 whose stroke broke off read as `8.`), however sure', () => {
    const row = [...SAMPLE3['results.granted']!.map(String)] as Cell[];
    row[1] = { text: '8.', conf: 0.99 };
    const r = read(report({ 'results.granted': row }));
    expect(r.text).toContain('(一)予以公开 | 249 | ? | 0 | 2 | 16 | 0 | 270');
    expect([null, 3]).toContain(r.result.figures['results.granted.commercial']);
    expect(r.result.issues.find((i) => i.code === 'OCR_DOUBT' && i.message.en.includes('speck'))?.message.zh).toContain('“8”');
  });

  it('leaves out an unsure digit in a header cell beside its word (a seal mark read as 2): no cell of table 4 is shifted by it', () => {
    // Table 4's headers carry two seal marks read as digits, unsure; the data row lost two cells.
    // Laid out as `?`, the marks would make 15 cells again and put 17 and 7 under "other" and "pending".
    const unsure = (text: string): Cell => ({ text, conf: 0.6, sameCell: true });
    const lines: Cell[][] = [
      ...report(),
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      ['结果', unsure('2'), '结果', unsure('8'), '其他', '尚未'],
      ['维持', '纠正', '结果', '审结', '总计'],
      ['维持', '纠正', '结果', '审结', '维持', '纠正', '结果', '审结'],
      ['17', '7', '32', ...SAMPLE4.slice(5).map(String)],
    ];
    const r = read(lines);
    const keys = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((f) => `${g}.${f}`),
    );
    keys.forEach((key, i) => {
      const got = r.result.figures[key];
      if (got !== null && got !== undefined) expect(`${key} ${got}`).toBe(`${key} ${SAMPLE4[i]}`);
    });
    expect(r.result.figures['review.other']).toBeNull();
  });

  it('prints no figure inferred through a cell it holds: a confident misreading (2 read as 6) held by its row’s failing sum takes the lawsuits’ sums with it', () => {
    const after: Cell[] = [...SAMPLE4.slice(10).map(String)];
    after[1] = { text: '6', conf: 0.9 };
    const lines: Cell[][] = [
      ...report(),
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      [
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
      ],
      [...SAMPLE4.slice(0, 10).map(String), ...after],
    ];
    const r = read(lines);
    // Read as printed: 20 + 6 would be the lawsuits' "corrected" (the truth is 2 + 2 = 4).
    expect(r.result.figures['litigationDirect.corrected']).toBe(2);
    expect(r.result.figures['litigationAfterReview.corrected']).toBeNull();
    expect(r.result.figures['litigation.corrected']).toBeNull();
    expect(r.result.figures['litigation.upheld']).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('litigation.corrected'))).toBe(true);
  });

  /** Table 4 as recognised, its review total printed 0 (a report contradicting itself), with `review` as the review cells. */
  function selfContradicting(review: Cell[]): Cell[][] {
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    return [
      ...report(),
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      [...heads, ...heads, ...heads],
      [...review, ...SAMPLE4.slice(5).map(String)],
    ];
  }
  const printedReview = (): Cell[] => [...SAMPLE4.slice(0, 4).map(String), '0'];

  it('lets a confidently read table 4 that contradicts itself (its review total printed 0) stand, its failure flagged as for text', () => {
    expect(SAMPLE4.slice(0, 4).reduce<number>((a, b) => a + b, 0)).toBeGreaterThan(0);
    const r = read(selfContradicting(printedReview()));
    expect(r.result.figures['review.total']).toBe(0);
    SAMPLE4.slice(0, 4).forEach((v, i) =>
      expect(r.result.figures[['review.upheld', 'review.corrected', 'review.other', 'review.pending'][i]!]).toBe(v),
    );
    expect(r.result.issues.some((i) => i.code === 'SUM_MISMATCH' && i.keys.includes('review.total'))).toBe(true);
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('review.total'))).toBe(false);
  });

  it('never prints a row read one place off behind a held first cell: its total leaves the unknown cell less than 0 (0 = ? + 17 + 7 + 8)', () => {
    // As pingtan_2022 150 dpi scaled by 1.07: seal ink read as `2` at 0.21 laid as the row's first
    // cell, every cell after it one column right, the total's cell holding 尚未审结's 0.
    const r = read(selfContradicting([{ text: '2', conf: 0.21 }, ...SAMPLE4.slice(0, 4).map(String)]));
    for (const key of ['review.upheld', 'review.corrected', 'review.other', 'review.pending', 'review.total'])
      expect(r.result.figures[key] ?? null).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('review.total'))).toBe(true);
  });

  it('still nulls the cells of that failing relation where one is read below table 2’s threshold (it may be the misread one)', () => {
    const review = printedReview();
    review[1] = { text: String(SAMPLE4[1]), conf: 0.9 };
    const r = read(selfContradicting(review));
    for (const key of ['review.upheld', 'review.corrected', 'review.other', 'review.pending', 'review.total'])
      expect(r.result.figures[key] ?? null).toBeNull();
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('review.corrected'))).toBe(true);
  });

  /** Table 4's three groups' keys, in the order of its cells. */
  const TABLE4_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((f) => `${g}.${f}`),
  );
  const TABLE4_HEADS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

  it('holds a row a seal’s speck moved one cell (its total read below its parts read, a part unknown): 0 = ? + 17 + 7 + 8 fails', () => {
    // The speck (held as `?`) sits above the row; the direct lawsuits' total is lost under the seal, so
    // the row's 14 cells and the `?` make 15 again, each one place right. The review cells are surely
    // read; the 32 under the seal's edge less so (as scanned: 0.86), which holds the direct row's failing sum.
    const row: Cell[] = SAMPLE4.filter((_, i) => i !== 9).map(String);
    row[4] = { text: '32', conf: 0.86 };
    const lines: Cell[][] = [
      ...report(),
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      [...TABLE4_HEADS, ...TABLE4_HEADS, ...TABLE4_HEADS],
      [{ text: '2', conf: 0.21 }],
      row,
    ];
    const r = read(lines);
    TABLE4_KEYS.forEach((key, i) => {
      const got = r.result.figures[key];
      if (got !== null && got !== undefined) expect(`${key} ${got}`).toBe(`${key} ${SAMPLE4[i]}`);
    });
    expect(r.result.issues.some((i) => i.code === 'OCR_DOUBT' && i.keys.includes('review.corrected'))).toBe(true);
  });

  it('holds a cell where the recognised copies of a table printed twice differ (one is misread, which cannot be told)', () => {
    // The second copy's review row has two cells swapped: its own sum still holds, every digit surely read.
    const swapped = [...SAMPLE4].map(String);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    const copy = (row: Cell[]): Cell[][] => [
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      [...TABLE4_HEADS, ...TABLE4_HEADS, ...TABLE4_HEADS],
      row,
    ];
    const r = read([...report().slice(0, -1), ...copy(SAMPLE4.map(String)), ...copy(swapped)]);
    expect(r.result.issues.some((i) => i.code === 'TABLE_COPIES_DIFFER' && i.keys.includes('review.corrected'))).toBe(true);
    expect(r.result.figures['review.corrected'] ?? null).toBeNull();
    expect(r.result.figures['review.other'] ?? null).toBeNull();
    // Cells the copies agree on stand.
    expect(r.result.figures['litigationDirect.total']).toBe(SAMPLE4[9]);
  });

  it('leaves out a sure digit in a header cell beside its word on a line holding no number (a seal mark read as 8 beside 其他)', () => {
    // The data row lost a cell (a rule under a seal); the `8` would make its 15 cells again, one place off.
    const lines: Cell[][] = [
      ...report(),
      ['行政复议', '行政诉讼'],
      ['未经复议直接起诉', '复议后起诉'],
      ['结果', '结果', { text: '8', conf: 0.95, width: 0.03 }, { text: '其他', conf: 0.99, sameCell: true }, '尚未'],
      ['维持', '纠正', '结果', '审结', '总计'],
      ['维持', '纠正', '结果', '审结', '维持', '纠正', '结果', '审结'],
      SAMPLE4.filter((_, i) => i !== 9).map(String),
    ];
    const r = read(lines);
    expect(r.text).not.toContain('8 其他');
    const keys = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((f) => `${g}.${f}`),
    );
    keys.forEach((key, i) => {
      const got = r.result.figures[key];
      if (got !== null && got !== undefined) expect(`${key} ${got}`).toBe(`${key} ${SAMPLE4[i]}`);
    });
  });

  it('holds table 2, which no sum protects, to a stricter threshold', () => {
    const lines: Cell[][] = [
      ['阜阳市人民政府2020年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['第二十条第(一)项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '3'],
      ['规范性文件', { text: '291', conf: 0.95 }, '291', '1836'],
      ...report().slice(1),
    ];
    const r = read(lines);
    expect(r.result.figures['active.rules.publishedTotal']).toBe(3);
    expect(r.result.figures['active.normativeDocs.newlyPublished']).toBe(291);
    expect(r.result.figures['active.normativeDocs.newlyMade']).toBeNull();
    expect(r.result.issues.find((i) => i.code === 'OCR_LOW_CONFIDENCE')?.keys).toEqual(['active.normativeDocs.newlyMade']);
  });

  it('prints a table 2 `0` below its threshold only where its ink is a ring, read at the digit threshold at least', () => {
    const zero = (conf: number, ring?: boolean): Cell => ({ text: '0', conf, ...(ring === undefined ? {} : { ring }) });
    const lines: Cell[][] = [
      ['阜阳市人民政府2020年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['第二十条第(一)项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', zero(0.9, true), zero(0.9, false), zero(0.9)],
      ['规范性文件', zero(0.7, true), { text: '6', conf: 0.9 }, '1836'],
      ...report().slice(1),
    ];
    const r = read(lines);
    expect(r.result.figures['active.rules.newlyMade']).toBe(0);
    expect(r.result.issues.find((i) => i.code === 'OCR_CONFIRMED' && i.keys.includes('active.rules.newlyMade'))?.message.en).toContain(
      'ring',
    );
    // Its ink no ring (a 6, an 8, a broken glyph), or not looked at (a recognition stored before): held.
    expect(r.result.figures['active.rules.newlyPublished']).toBeNull();
    expect(r.result.figures['active.rules.publishedTotal']).toBeNull();
    // A ring read below the digit threshold, and any other digit, are held as before.
    expect(r.result.figures['active.normativeDocs.newlyMade']).toBeNull();
    expect(r.result.figures['active.normativeDocs.newlyPublished']).toBeNull();
    expect(r.result.figures['active.normativeDocs.publishedTotal']).toBe(1836);
  });

  describe('the relations solved together over what the scan left unknown', () => {
    const MARK: Cell = { text: '。', conf: 0.9 };
    const withMarks = (id: string, cols: number[]): Cell[] => SAMPLE3[id]!.map((v, i): Cell => (cols.includes(i) ? MARK : String(v)));

    it('infers cells held as marks in a row and in the column totals crossing it, each from the figures read', () => {
      const r = read(
        report({ 'results.granted': withMarks('results.granted', [0, 4]), 'results.total': withMarks('results.total', [0, 4]) }),
      );
      const want = { 'results.granted.natural': 249, 'results.granted.legal': 16, 'results.total.natural': 767, 'results.total.legal': 26 };
      for (const [key, value] of Object.entries(want)) {
        expect(r.result.figures[key]).toBe(value);
        expect(r.result.provenance[key]).toMatchObject({ via: 'inferred', rule: 'ocr.joint' });
        expect(r.result.issues.find((i) => i.code === 'INFERRED' && i.keys[0] === key)?.numbers).toEqual({ value });
      }
      expect(r.result.issues.some((i) => i.code === 'SUM_MISMATCH')).toBe(false);
    });

    it('never prints a doubtful reading the sums contradict, nor anything the equations through its cell give', () => {
      // 4 read unsure as 7: its row and its column say 4, so the 7 or a confident digit there is
      // misread. 不予公开's natural-person sum would come through that cell; the mark elsewhere would not.
      const secret = SAMPLE3['results.denied.stateSecret']!.map((v, i): Cell => (i === 0 ? { text: '7', conf: 0.6 } : String(v)));
      const r = read(report({ 'results.denied.stateSecret': secret, 'results.granted': withMarks('results.granted', [4]) }));
      expect(r.text).toContain('1.属于国家秘密 | ? |');
      expect(r.result.figures['results.denied.stateSecret.natural']).toBeNull();
      expect(r.result.figures['results.denied.natural'] ?? null).toBeNull();
      expect(r.result.issues.filter((i) => i.code === 'INFERRED').map((i) => i.keys[0])).toEqual(['results.granted.legal']);
      expect(r.result.figures['results.granted.legal']).toBe(16);
    });

    it('prints what the sums give for a doubtful reading that lost a digit of it (767 read as 76)', () => {
      const total = SAMPLE3['results.total']!.map((v, i): Cell => (i === 0 ? { text: '76', conf: 0.6 } : String(v)));
      const r = read(report({ 'results.total': total }));
      expect(r.text).toContain('(七)总计 | ? |');
      expect(r.result.figures['results.total.natural']).toBe(767);
      expect(r.result.provenance['results.total.natural']).toMatchObject({ via: 'inferred', rule: 'ocr.joint' });
    });

    it('uses no relation through a confidently misread cell the guard held', () => {
      // 249 read as 259 (0.9, above the digit threshold): its column fails and the column's recognised cells are held. The row
      // would give the mark 270 − 259 − 3 − 2 − 16 − 0 < 0, against its column's 0: used, it would
      // leave the mark undetermined. It is not used: the mark's column gives 0.
      const granted = SAMPLE3['results.granted']!.map((v, i): Cell => (i === 0 ? { text: '259', conf: 0.9 } : i === 2 ? MARK : String(v)));
      const r = read(report({ 'results.granted': granted }));
      expect(r.result.figures['results.granted.natural']).toBeNull();
      expect(r.result.figures['results.granted.research']).toBe(0);
      expect(r.result.provenance['results.granted.research']?.basis).toBe('resultsTotal.research');
    });
  });
});
