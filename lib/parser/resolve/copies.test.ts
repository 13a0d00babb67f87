// A page that prints its tables twice: once as one run-together paragraph (the tables' text dumped
// before or after them, as 平潭 2022's page does), and once as tables. The paragraph copy is damaged
// as recognition damages it (a line break where a row's digits were, read as “?”); the table copy
// is whole. Each page is parsed inside its test: Stryker takes code run while the tests are
// collected for static and leaves its mutants untested.

import { describe, expect, it } from 'vitest';
import { TABLE3_ROWS } from '../../figures/keys';
import { row, SAMPLE3_2021, SAMPLE4, table3, table4 } from '../testing/build';
import { codes, parseOk, pick, table3Figures, table4Figures } from '../testing/expect';

const H3 = '三、收到和处理政府信息公开申请情况';
const H4 = '四、政府信息公开行政复议、行政诉讼情况';
const T4_HEAD = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉';
const zh = (id: string) => TABLE3_ROWS.find((r) => r.id === id)!.zh;

/** Table 3 run together, with the digits of `lost` rows broken off at a line end (“?\n?”). */
function runTogether(lost: readonly string[]): string {
  let text = table3(SAMPLE3_2021, 'run', '2021');
  for (const id of lost) text = text.replace(row(zh(id), SAMPLE3_2021[id]!, 'run'), `${zh(id)}?\n?`);
  return text;
}

/** The tables' text run together as one paragraph, two rows' digits broken off. */
const PARAGRAPH = `${H3}${runTogether(['results.denied.thirdParty', 'results.total'])}${H4}${T4_HEAD}${SAMPLE4.join('')}`;
const TABLES = [H3, table3(SAMPLE3_2021, 'pipes', '2021'), H4, table4(SAMPLE4)].join('\n');

/** A report around `blocks`, after its title and notice the lines of `front` (a table of contents). */
function page(blocks: readonly string[], front: readonly string[] = []): string {
  return [
    '某某县人民政府2022年政府信息公开工作年度报告',
    '本报告依据《中华人民共和国政府信息公开条例》和《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)编制。',
    ...front,
    '一、总体情况',
    '2022年,我县认真做好主动公开、依申请公开工作。',
    ...blocks,
    '五、存在的主要问题及改进情况',
    '队伍建设有待加强。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}

const ORDERS = { 'paragraph first': [PARAGRAPH, TABLES], 'tables first': [TABLES, PARAGRAPH] };

const EXPECTED3 = table3Figures(SAMPLE3_2021);
const EXPECTED4 = table4Figures(SAMPLE4);

describe.each(Object.keys(ORDERS) as (keyof typeof ORDERS)[])('tables printed twice, %s', (order) => {
  const text = page(ORDERS[order]);
  const copy = text.indexOf(TABLES);

  it('reads every figure from the whole table copy, not the damaged paragraph', () => {
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(pick(r, Object.keys(EXPECTED4))).toEqual(EXPECTED4);
    for (const k of [...Object.keys(EXPECTED3), ...Object.keys(EXPECTED4)]) {
      expect(r.provenance[k]).toMatchObject({ via: 'table' });
      const [from, to] = r.provenance[k]!.span!;
      expect(from >= copy && to <= copy + TABLES.length).toBe(true);
    }
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    expect(codes(r)).not.toContain('ROW_MISSING');
    expect(codes(r)).not.toContain('TABLE_COPIES_DIFFER');
  });
});

describe('copies that print a figure differently', () => {
  // the paragraph's 部分公开 row reads 78 2 … 81 where the table prints 79 1 … 81: both add up
  const partial = zh('results.partial');
  const text = page(ORDERS['paragraph first']).replace(
    row(partial, SAMPLE3_2021['results.partial']!, 'run'),
    row(partial, [78, 2, 0, 0, 1, 0, 81], 'run'),
  );

  it('keeps the better-read copy whole and names the figures the other copy prints otherwise', () => {
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    const differ = r.issues.filter((i) => i.code === 'TABLE_COPIES_DIFFER');
    expect(differ).toHaveLength(1);
    expect(differ[0]!.keys.sort()).toEqual(['results.partial.commercial', 'results.partial.natural']);
    expect(differ[0]!.message).toEqual({
      zh: '“收到和处理政府信息公开申请情况”表印了2次,各份数字不同((二)部分公开 · 自然人 79 / 78;(二)部分公开 · 商业企业 1 / 2);取读得最完整的一份,不混用。',
      en: 'The applications table is printed 2 times with different numbers (Partly disclosed · Natural persons 79 / 78; Partly disclosed · Businesses 1 / 2); the copy read best is kept, copies are not mixed.',
    });
  });
});

describe('copies that print six figures differently, four of them in sub-rows of 不予公开', () => {
  // 1 moved from 自然人 to 商业企业 in three rows of the paragraph: each row still adds up
  const moved: Record<string, number[]> = {
    'results.denied.internalAffairs': [1, 1, 0, 0, 0, 0, 2],
    'results.partial': [78, 2, 0, 0, 1, 0, 81],
    'results.denied.stateSecret': [3, 1, 0, 0, 0, 0, 4],
  };
  // the paragraph loses its total row only: its sums infer it, and 不予公开's sums add up
  const paragraph = `${H3}${runTogether(['results.total'])}${H4}${T4_HEAD}${SAMPLE4.join('')}`;
  const text = Object.entries(moved).reduce(
    (t, [id, cells]) => t.replace(row(zh(id), SAMPLE3_2021[id]!, 'run'), row(zh(id), cells, 'run')),
    page([paragraph, TABLES]),
  );

  it('names the six printed figures, not the group sums (不予公开) nor the totals the sums infer, and no 等', () => {
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    const [differ, ...more] = r.issues.filter((i) => i.code === 'TABLE_COPIES_DIFFER');
    expect(more).toEqual([]);
    expect(differ!.keys.sort()).toEqual(
      ['results.partial', 'results.denied.stateSecret', 'results.denied.internalAffairs']
        .flatMap((id) => [`${id}.commercial`, `${id}.natural`])
        .sort(),
    );
    expect(differ!.message.zh).not.toContain('等');
    expect(differ!.message.en).not.toContain('…');
  });
});

describe('a table of contents listing the sections before them', () => {
  // the contents' headings are found first; the sections themselves are their headings printed again
  const contents = [
    '目录',
    '一、总体情况',
    '二、主动公开政府信息情况',
    H3,
    H4,
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ].join('\n');

  it('reads the tables under the sections, not the contents', () => {
    const r = parseOk(page([TABLES], [contents]));
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(pick(r, Object.keys(EXPECTED4))).toEqual(EXPECTED4);
    expect(codes(r).filter((c) => c === 'TABLE_MISSING')).toHaveLength(1); // table 2, not printed here
  });
});

describe('an undamaged paragraph copy before the tables', () => {
  const whole = `${H3}${runTogether([])}${H4}${T4_HEAD}${SAMPLE4.join('')}`;
  const text = page([whole, TABLES]);

  it('keeps the copy whose cells are read as cells over the one read by splitting digits', () => {
    const r = parseOk(text);
    // both read every figure alike; a scan's digits split from a run are not printed (lib/ocr), a cell's are
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(r.provenance['applications.new.natural']).toMatchObject({ via: 'table', rule: 'table3.cells' });
    expect(r.provenance['review.total']!.span![0]).toBeGreaterThan(text.indexOf(TABLES));
    expect(codes(r)).not.toContain('SPLIT_INFERRED');
    expect(codes(r)).not.toContain('TABLE_COPIES_DIFFER');
  });
});

describe('another table under the same heading (two reports on one page)', () => {
  // the second prints every number doubled: it reads better than the damaged first, but is no copy of it
  const doubled = Object.fromEntries(Object.entries(SAMPLE3_2021).map(([id, cells]) => [id, cells.map((c) => c! * 2)]));
  const other = [H3, table3(doubled, 'pipes', '2021'), H4, table4(SAMPLE4.map((c) => c * 2))].join('\n');

  it('keeps the table printed first and names the other as no copy of it', () => {
    const r = parseOk(page([PARAGRAPH, other]));
    expect(r.figures['applications.new.natural']).toBe(SAMPLE3_2021['applications.new']![0]);
    expect(r.figures['review.total']).toBe(EXPECTED4['review.total']);
    const differ = r.issues.filter((i) => i.code === 'TABLE_COPIES_DIFFER');
    expect(differ).toHaveLength(2);
    for (const i of differ) expect(i.message.en).toContain('not one table');
    // six figures named (the kept copy's number first), the rest left to the issue's keys
    const [three] = differ;
    expect(three!.keys.length).toBeGreaterThan(6);
    expect(three!.message.zh.match(/ \/ /g)).toHaveLength(6);
    expect(three!.message.zh).toContain(
      '“收到和处理政府信息公开申请情况”表印了2次,各份数字多数不同(一、本年新收政府信息公开申请数量 · 自然人 790 / 1580;',
    );
    expect(three!.message.zh).toContain(
      '(一)予以公开 · 总计 270 / 540等),不是同一张表;取与先印出的一份相同的表中读得最完整的一份,不混用。',
    );
    expect(three!.message.en).toContain(
      'The applications table is printed 2 times, mostly with other numbers (New applications this year · Natural persons 790 / 1580; ',
    );
    expect(three!.message.en).toContain(
      'Disclosed in full · Total 270 / 540 …): not one table; the best-read copy of the table printed first is kept, copies are not mixed.',
    );
  });
});

describe('copies that read alike', () => {
  it('keeps the first of copies that read equally well', () => {
    const text = page([TABLES, TABLES]);
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(r.provenance['applications.new.natural']!.span![1]).toBeLessThan(text.lastIndexOf(TABLES));
    expect(r.provenance['review.total']!.span![1]).toBeLessThan(text.lastIndexOf(TABLES));
    expect(codes(r)).not.toContain('TABLE_COPIES_DIFFER');
  });
});

describe('a copy whose sums fail', () => {
  it('loses to a copy whose sums hold, though it reads as many figures and comes first', () => {
    // the first copy misprints 部分公开's total (82 for 81): its row's sum fails
    const bad = { ...SAMPLE3_2021, 'results.partial': [79, 1, 0, 0, 1, 0, 82] };
    const misprinted = [H3, table3(bad, 'pipes', '2021'), H4, table4(SAMPLE4)].join('\n');
    const text = page([misprinted, TABLES]);
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(r.provenance['results.partial.total']!.span![0]).toBeGreaterThan(text.lastIndexOf(TABLES));
    expect(r.issues.filter((i) => i.code === 'TABLE_COPIES_DIFFER').map((i) => i.keys)).toEqual([['results.partial.total']]);
  });
});
