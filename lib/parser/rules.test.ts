// Issue #9 §1, "a wrong number is worse than a blank": one test per rule, each on real report text
// (the seeds, the corpus, and the gold set's unseen pingtan 2019) damaged the way real pages are
// (lib/gold/damage.ts) or with one of its printed rows reprinted.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { damage } from '../gold/damage';
import { codes, parseOk, readReport } from './testing/expect';

const PINGTAN_2019 = readFileSync(new URL('../../data/gold/unseen/pingtan_2019.txt', import.meta.url), 'utf8');
const FUYANG = readReport('seeds/000-fuyang-2020.txt');
const FUYANG_GOLD = JSON.parse(readFileSync(new URL('../../data/gold/dev/000-fuyang-2020.json', import.meta.url), 'utf8'))
  .figures as Record<string, number>;

const inferred = (r: ReturnType<typeof parseOk>) =>
  Object.entries(r.provenance)
    .filter(([, p]) => p.rule === 'validate.infer')
    .map(([k]) => k);

/** Fuyang's table 3 row `label`, its seven one-per-line cells printed as `printed` instead. */
function reprintRow(text: string, label: string, printed: string): string {
  const i = text.indexOf(label);
  const cells = /^[^\n]*(?:\n+\d+){7}/.exec(text.slice(i))![0];
  return text.slice(0, i) + `${label}\n${printed}` + text.slice(i + cells.length);
}

describe('a printed value always wins over inference', () => {
  it('reads a total row printed with cells run together by its single split (15 0 00 0 217 = 15|0|0|0|0|2|17)', () => {
    const r = parseOk(PINGTAN_2019.replace('（七）总计23 0 00 0 023', '（七）总计15 0 00 0 217'));
    expect(r.figures['results.total.total']).toBe(17);
    expect(r.figures['results.total.natural']).toBe(15);
    expect(r.figures['results.total.otherOrg']).toBe(2);
    expect(r.provenance['results.total.total']).toMatchObject({ rule: 'table3.split', raw: '17' });
    // the report's own outcome rows add up to 23: a contradiction to report, never a correction
    const mismatch = r.issues.find((i) => i.code === 'SUM_MISMATCH' && i.keys[0] === 'results.total.total');
    expect(mismatch?.numbers).toEqual({ left: 17, right: 23 });
    expect(inferred(r)).toEqual([]);
  });

  it('reads the real run-together rows of pingtan 2019 and infers nothing', () => {
    const r = parseOk(PINGTAN_2019);
    expect(r.figures['applications.new.total']).toBe(23); // 230 000023
    expect(r.figures['results.total.total']).toBe(23); // 23 0 00 0 023
    expect(r.figures['results.other.total']).toBe(0); // 0 0 0 0 0 00
    expect(r.figures['review.total']).toBe(0); // fifteen 0s run together
    expect(inferred(r)).toEqual([]);
  });

  it("reads a row with two splits by the table's column sums when they leave one, never by inference", () => {
    // 7906022611835 is 790|6|0|2|26|11|835 or 790|6|0|22|6|11|835; each column's balance (new +
    // carried over = handled + carried forward, every other row as printed) holds for the first only
    const r = parseOk(reprintRow(FUYANG, '一、本年新收政府信息公开申请数量', '7906022611835'));
    for (const c of ['natural', 'nonprofit', 'legal', 'total'])
      expect(r.figures[`applications.new.${c}`]).toBe(FUYANG_GOLD[`applications.new.${c}`]);
    expect(r.provenance['applications.new.legal']).toMatchObject({ via: 'inferred', rule: 'table3.split', raw: '26' });
    expect(codes(r)).not.toContain('SPLIT_AMBIGUOUS');
    expect(inferred(r)).toEqual([]);
  });

  it('leaves a row null, digits in provenance.raw, when the sums hold for neither of its splits, and infers nothing from it', () => {
    // the carried-over row reprinted one higher in its public-interest column (and its total):
    // now neither split of the new row makes that column's balance hold — the numbers contradict
    // each other, or the row is not what its splits assume: none of its cells is read
    const text = reprintRow(
      reprintRow(FUYANG, '一、本年新收政府信息公开申请数量', '7906022611835'),
      '二、上年结转政府信息公开申请数量',
      '14\n1\n0\n1\n0\n0\n16',
    );
    const r = parseOk(text);
    for (const c of ['natural', 'nonprofit', 'legal', 'total']) {
      expect(r.figures[`applications.new.${c}`]).toBeNull();
      expect(r.provenance[`applications.new.${c}`]!.raw).toBe('7906022611835');
    }
    const amb = r.issues.find((i) => i.code === 'SPLIT_AMBIGUOUS');
    expect(amb?.keys).toHaveLength(7);
    expect(amb?.numbers).toEqual({ candidates: 0 });
    // the balance would determine every column: printed digits are never replaced by inference
    expect(inferred(r)).toEqual([]);
  });

  it('leaves a row null when its digits allow no split and a missing cell has no one place', () => {
    // no split of 2612 makes the total 813; read as six cells, the missing one could be anywhere
    // (the total alone, inferred as their sum, would be 4201)
    const r = parseOk(reprintRow(FUYANG, '(七)总计', '767 7 0 2 2612 813'));
    expect(r.figures['results.total.total']).toBeNull();
    expect(r.provenance['results.total.total']!.raw).toBe('767 7 0 2 2612 813');
    expect(codes(r)).toContain('CELL_MISSING');
    expect(inferred(r)).toEqual([]);
  });

  it('does not split digits when separators are printed and no string shows cells joined (a cell dropped: 0 0 0 1 0 12)', () => {
    // seed 000's (六) row 11 0 0 0 1 0 12 with its first cell lost: not 0|0|0|1|0|1|2; the lost
    // cell is placed where each column's outcome total leaves it (the first, 11), never by a split
    const r = parseOk(reprintRow(FUYANG, '(六)其他处理', '0\n\n0\n\n0\n\n1\n\n0\n\n12\n\n'));
    expect(r.figures['results.other.total']).toBe(12);
    expect(r.figures['results.other.natural']).toBe(11);
    expect(r.figures['results.other.otherOrg']).toBe(0);
    expect(r.provenance['results.other.total']).toMatchObject({ raw: '12', rule: 'table3.place' });
    expect(r.provenance['results.other.natural']).toMatchObject({ via: 'inferred', basis: 'rowTotal.results.other' });
    expect(codes(r)).toContain('CELL_MISSING');
    expect(codes(r)).not.toContain('SPLIT_INFERRED');
  });

  it('never starts a cell with 0 unless it is 0 (0200002 = 0|2|0|0|0|0|2, pingtan 2022)', () => {
    const r = parseOk(readReport('corpus/pingtan_2022.txt'));
    expect(r.figures['results.otherMisc.natural']).toBe(0);
    expect(r.figures['results.otherMisc.commercial']).toBe(2);
    expect(r.provenance['results.otherMisc.commercial']).toMatchObject({ raw: '2', rule: 'table3.split' });
  });

  it('does not split a table 2 row (no total to check) unless one split exists', () => {
    const r = parseOk(PINGTAN_2019);
    expect(r.figures['active.rules.newlyMade']).toBe(0); // 000
    expect(r.figures['active.normativeDocs.newlyMade']).toBeNull(); // 898989
    expect(r.provenance['active.normativeDocs.newlyMade']!.raw).toBe('898989');
  });

  it('still infers a cell where nothing is printed (seed 003: a row one cell short)', () => {
    const r = parseOk(readReport('seeds/003-wulanchabu-office-2020.txt'));
    expect(r.figures['results.rejected.duplicate.total']).toBe(0);
    expect(codes(r)).toContain('INFERRED');
  });
});

describe('a figure is never taken from the wrong table', () => {
  const table4 = Object.fromEntries(Object.entries(FUYANG_GOLD).filter(([k]) => /^(review|litigation)/.test(k)));
  const read = (text: string | null) => {
    const r = parseOk(text!);
    return Object.fromEntries(Object.keys(table4).map((k) => [k, r.figures[k]]));
  };

  it.each([0, 1, 2, 3])('reads table 4 printed as three pieces by their names (variant %i)', (at) => {
    expect(read(damage(FUYANG, 'table4-pieces', at, FUYANG_GOLD))).toEqual(table4);
  });

  it('reads the pieces by name, whatever their order', () => {
    const text = damage(FUYANG, 'table4-pieces', 2, FUYANG_GOLD)!;
    expect(text.indexOf('复议后起诉')).toBeLessThan(text.lastIndexOf('行政复议'));
    expect(read(text)).toEqual(table4);
  });

  it('reads a piece printed twice alike by its name, not by its place', () => {
    const once = damage(FUYANG, 'table4-pieces', 2, FUYANG_GOLD)!; // the lawsuits' pieces first, then 行政复议
    const review = once.lastIndexOf('行政复议');
    const end = once.indexOf('五、', review);
    const lawsuits = once.slice(once.lastIndexOf('行政诉讼(未经复议', review), review);
    // the lawsuits' pieces again after the review's, as the property test's double damage printed them
    const twice = once.slice(0, end) + lawsuits + once.slice(end);
    expect(twice.split('直接起诉').length - 1).toBe(2);
    expect(read(twice)).toEqual(table4);
  });

  it('reads no table 4 figure when a piece is printed twice with different numbers, and says why', () => {
    const once = damage(FUYANG, 'table4-pieces', 0, FUYANG_GOLD)!;
    const end = once.indexOf('五、', once.lastIndexOf('复议后起诉'));
    const copy = '行政诉讼(复议后起诉)\n结果维持 结果纠正 其他结果 尚未审结 总计\n9 9 9 9 36\n';
    const r = parseOk(once.slice(0, end) + copy + once.slice(end));
    // Sentences may still give a figure (行政复议32件); no table cell does.
    const fromTable = Object.keys(table4).filter((k) => r.provenance[k]?.rule.startsWith('table4'));
    expect(fromTable).toEqual([]);
    expect(r.figures['litigationAfterReview.total'] ?? null).toBeNull();
    expect(codes(r)).toContain('CELL_UNREADABLE');
  });

  it.each([0, 1, 2, 3])('reads 15 numbers under a 6- or 12-cell header (variant %i)', (at) => {
    expect(read(damage(FUYANG, 'table4-short-header', at, FUYANG_GOLD))).toEqual(table4);
  });

  const table3 = Object.fromEntries(Object.entries(FUYANG_GOLD).filter(([k]) => !/^(review|litigation)/.test(k)));
  const read3 = (text: string | null) => {
    const r = parseOk(text!);
    return Object.fromEntries(Object.keys(table3).map((k) => [k, r.figures[k]]));
  };
  it.each(['header-repeated', 'page-footer', 'table-split', 'row-duplicated', 'label-split'] as const)(
    'places table 3 by its structure: %s',
    (kind) => {
      const variants = [...Array(12).keys()].map((at) => damage(FUYANG, kind, at)).filter((t) => t !== null);
      expect(variants.length).toBeGreaterThan(3);
      for (const text of variants) expect(read3(text)).toEqual(table3);
    },
  );

  it('reads applicant columns headed 数据1 … 数据6 (OCR output) by their order', () => {
    expect(read3(damage(FUYANG, 'ocr-headers', 0))).toEqual(table3);
  });
});

describe('meta is a figure too', () => {
  it("takes the government for the body when only its disclosure office is named (seed 004's title lost)", () => {
    const r = parseOk(damage(readReport('seeds/004-shangqiu-2017.txt'), 'title-lost', 0)!);
    expect(r.meta).toMatchObject({ body: '商丘市人民政府', level: 'prefecture', scope: 'aggregate', divisionCode: '411400', year: 2017 });
  });

  it("is not misled by a page's links to other years' reports", () => {
    const r = parseOk(damage(PINGTAN_2019, 'page-chrome', 2)!);
    expect(r.meta).toMatchObject({ place: '平潭综合实验区', level: 'county', scope: 'aggregate', year: 2019 });
    expect(r.meta.title).toBe('平潭综合实验区2019年度政府信息公开工作年度报告');
  });
});
