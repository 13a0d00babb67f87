// Every layout real reports print table 3 in, built from real rows (seed 000's labels and numbers).

import { describe, expect, it } from 'vitest';
import { parseReport } from './index';
import { report, row, SAMPLE3, SAMPLE4, table3, table4, type Cells, type Layout } from './testing/build';
import { codes, parseOk, pick, table3Figures, table4Figures } from './testing/expect';

const EXPECTED3 = table3Figures(SAMPLE3);
const toFullWidth = (s: string) => s.replace(/[0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe.each<Layout>(['lines', 'pipes', 'spaces', 'before'])('table 3 printed as %s', (layout) => {
  const text = report({ table3: table3(SAMPLE3, layout), table4: table4(SAMPLE4) });
  const r = parseOk(text);

  it('reads all rows × 7 columns from the table', () => {
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    for (const k of Object.keys(EXPECTED3)) expect(r.provenance[k]!.via).toBe('table');
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    expect(codes(r)).not.toContain('LABEL_DAMAGED');
  });

  it('points each figure at its printed digits', () => {
    for (const k of Object.keys(EXPECTED3)) expect(Number(text.slice(...r.provenance[k]!.span!))).toBe(EXPECTED3[k]);
  });
});

describe('cells run together', () => {
  const text = report({ table3: table3(SAMPLE3, 'run'), table4: table4(SAMPLE4) });
  const r = parseOk(text);

  it("reads a row with several splits when the table's column sums leave one (issue #9)", () => {
    // 7906022611835 is 790|6|0|2|26|11|835 or 790|6|0|22|6|11|835 by its own row; only the first
    // makes each column's balance (new + carried over = handled + carried forward) hold
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(r.provenance['applications.new.nonprofit']).toMatchObject({ via: 'inferred', raw: '2', rule: 'table3.split' });
    const chosen = r.issues.find((i) => i.code === 'SPLIT_INFERRED' && i.keys[0] === 'applications.new.natural');
    expect(chosen?.message.en).toContain("the table's column sums");
    expect(codes(r)).not.toContain('SPLIT_AMBIGUOUS');
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    // the digits are placed, never replaced: nothing is inferred where digits are printed
    expect(Object.values(r.provenance).filter((p) => p.rule === 'validate.infer')).toEqual([]);
    expect(r.provenance['carriedForward.total']).toMatchObject({ via: 'inferred', raw: '37', rule: 'table3.split' });
  });

  it('leaves the cells the splits disagree on empty, and reads those every split gives alike', () => {
    // only three rows: no relation can be checked, so each row keeps both its splits
    const rows = {
      'applications.new': SAMPLE3['applications.new']!,
      'applications.carriedOver': SAMPLE3['applications.carriedOver']!,
      'results.granted': SAMPLE3['results.granted']!,
    };
    const r2 = parseOk(report({ table3: table3(rows, 'run') }));
    expect(r2.figures['applications.new.nonprofit']).toBeNull();
    expect(r2.figures['applications.new.legal']).toBeNull();
    expect(r2.provenance['applications.new.nonprofit']!.raw).toBe('7906022611835');
    // 790|6|0|…|11|835 either way: the total and the cells both splits share are read
    expect(pick(r2, ['applications.new.natural', 'applications.new.otherOrg', 'applications.new.total'])).toEqual({
      'applications.new.natural': 790,
      'applications.new.otherOrg': 11,
      'applications.new.total': 835,
    });
    expect(r2.provenance['applications.new.total']).toMatchObject({ raw: '835', rule: 'table3.split' });
    const amb = r2.issues.filter((i) => i.code === 'SPLIT_AMBIGUOUS');
    expect(amb.map((i) => i.keys[0])).toEqual([
      'applications.new.nonprofit',
      'applications.carriedOver.natural',
      'results.granted.natural',
    ]);
    expect(amb[0]!.numbers).toMatchObject({ candidates: 2, 'applications.new.total': 835 });
    expect(amb[0]!.keys).toEqual(['applications.new.nonprofit', 'applications.new.legal']);
  });

  it('uses a split when exactly one fits the row', () => {
    const r3 = parseOk(report({ table3: table3({ ...SAMPLE3, 'applications.new': [64, 0, 0, 0, 0, 9, 73] }, 'run') }));
    expect(r3.figures['applications.new.natural']).toBe(64);
    expect(r3.issues.find((i) => i.code === 'SPLIT_INFERRED' && i.keys[0] === 'applications.new.natural')?.numbers).toMatchObject({
      'applications.new.total': 73,
    });
  });

  it('counts readings with cells printed blank (blank cells leave no digits), and reads only what they share', () => {
    // 640020470: 64|0|0|2|0|4|70, or 6|40|0|20|4|70 with one of its first six cells printed blank
    // (six places); with no other row to check them against, the total alone is read
    const rows = {
      'applications.new': [64, 0, 0, 2, 0, 4, 70] as const,
      'applications.carriedOver': SAMPLE3['applications.carriedOver']!,
      'results.granted': SAMPLE3['results.granted']!,
    };
    const r3 = parseOk(report({ table3: table3(rows, 'run') }));
    expect(r3.figures['applications.new.natural']).toBeNull();
    expect(r3.figures['applications.new.total']).toBe(70);
    expect(r3.issues.find((i) => i.code === 'SPLIT_AMBIGUOUS' && i.keys[0] === 'applications.new.natural')?.numbers).toMatchObject({
      candidates: 7,
    });
    // the other rows printed for another first row: the sums hold for none of the seven, and a
    // row that fits no reading of the table is not read at all, not even the total they share
    const r4 = parseOk(report({ table3: table3({ ...SAMPLE3, 'applications.new': [64, 0, 0, 2, 0, 4, 70] }, 'run') }));
    expect(r4.figures['applications.new.total']).toBeNull();
    expect(r4.provenance['applications.new.total']!.raw).toBe('640020470');
    expect(r4.issues.find((i) => i.code === 'SPLIT_AMBIGUOUS' && i.keys[0] === 'applications.new.natural')?.numbers).toEqual({
      candidates: 0,
    });
  });

  it('reads marks printed for zeros between run-together numbers (778——0——778)', () => {
    const text = report({ table3: table3(SAMPLE3, 'run') }).replace('249302160270', '2493—216—270');
    const r4 = parseOk(text);
    expect(text).toContain('2493—216—270');
    // 2493 | — | 216 | — | 270: the marks are cells, the digits split so that the total holds
    expect(
      pick(r4, [
        'results.granted.natural',
        'results.granted.commercial',
        'results.granted.research',
        'results.granted.nonprofit',
        'results.granted.total',
      ]),
    ).toEqual({
      'results.granted.natural': 249,
      'results.granted.commercial': 3,
      'results.granted.research': null,
      'results.granted.nonprofit': 2,
      'results.granted.total': 270,
    });
    expect(r4.provenance['results.granted.research']).toMatchObject({ raw: '—' });
  });
});

describe('characters as real pages print them', () => {
  it('reads full-width digits and brackets, spans still pointing at them', () => {
    const text = toFullWidth(report({ table3: table3(SAMPLE3, 'spaces'), table4: table4(SAMPLE4) }));
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(text.slice(...r.provenance['results.total.total']!.span!)).toBe('８１３');
    expect(r.provenance['results.total.total']!.raw).toBe('813');
  });

  it('reads labels and headers spaced out character by character', () => {
    const spaced = Object.fromEntries(Object.entries(SAMPLE3).map(([k, v]) => [k, v]));
    const text = report({
      table3: table3(spaced, 'lines').replace(/^([^\d\n][^\n]*)$/gm, (line) => [...line].join(' ')),
      table4: table4(SAMPLE4),
    });
    expect(text).toContain('自 然 人');
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
  });

  it('reads Windows line ends (CRLF) with spans unchanged', () => {
    const text = report({ table3: table3(SAMPLE3, 'lines'), table4: table4(SAMPLE4) }).replace(/\n/g, '\r\n');
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(text.slice(...r.provenance['results.total.total']!.span!)).toBe('813');
  });

  it('ignores page numbers printed inside the table', () => {
    const body = table3(SAMPLE3, 'spaces').split('\n');
    body.splice(12, 0, '- 3 -');
    body.splice(20, 0, '第 4 页');
    const r = parseOk(report({ table3: body.join('\n'), table4: table4(SAMPLE4) }));
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(codes(r)).not.toContain('SUM_MISMATCH');
  });
});

describe('damaged rows', () => {
  it('keeps a row whose label is damaged beyond recognition, by its position', () => {
    const text = report({
      table3: table3(SAMPLE3, 'lines').replace('5.属于三类内部事务信息', '5.属于三类内部xx'),
      table4: table4(SAMPLE4),
    });
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(r.issues.find((i) => i.code === 'LABEL_DAMAGED')?.keys[0]).toBe('results.denied.internalAffairs.natural');
  });

  it('keeps a row whose label line is lost', () => {
    const text = report({ table3: table3(SAMPLE3, 'lines').replace('5.属于三类内部事务信息\n', ''), table4: table4(SAMPLE4) });
    const r = parseOk(text);
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
    expect(codes(r)).toContain('LABEL_DAMAGED');
  });

  it("places a cell the row lacks only where the table's sums leave one place for it (issue #9)", () => {
    // 23 0 0 0 0 34: one of seven cells lost; by the row alone it could be any of the six before
    // the total, and each column's outcome total leaves only 其他 (11)
    const rows = { ...SAMPLE3, 'results.denied.thirdParty': [23, 0, 0, 0, 0, 34] as unknown as Cells };
    const r = parseOk(report({ table3: table3(rows as never, 'spaces'), table4: table4(SAMPLE4) }));
    expect(codes(r)).toContain('CELL_MISSING');
    expect(pick(r, ['results.denied.thirdParty.natural', 'results.denied.thirdParty.otherOrg', 'results.denied.thirdParty.total'])).toEqual(
      {
        'results.denied.thirdParty.natural': 23,
        'results.denied.thirdParty.otherOrg': 11,
        'results.denied.thirdParty.total': 34,
      },
    );
    expect(r.provenance['results.denied.thirdParty.otherOrg']).toMatchObject({
      via: 'inferred',
      basis: 'rowTotal.results.denied.thirdParty',
    });
    expect(r.provenance['results.denied.thirdParty.total']).toMatchObject({ raw: '34', rule: 'table3.place' });
    // with only the row to go by (no other row printed), nothing of it is placed
    const alone = parseOk(
      report({ table3: table3({ 'results.denied.thirdParty': rows['results.denied.thirdParty'] } as never, 'spaces') }),
    );
    for (const c of ['natural', 'otherOrg', 'total']) {
      expect(alone.figures[`results.denied.thirdParty.${c}`] ?? null).toBeNull();
    }
    expect(Object.values(alone.provenance).filter((p) => p.rule === 'validate.infer')).toEqual([]);
  });

  it('reports a row that is not printed at all', () => {
    const rows = { ...SAMPLE3 };
    delete (rows as Record<string, unknown>)['results.rejected.publication'];
    const r = parseOk(report({ table3: table3(rows, 'spaces'), table4: table4(SAMPLE4) }));
    expect(r.issues.find((i) => i.code === 'ROW_MISSING')?.keys[0]).toBe('results.rejected.publication.natural');
    // the sums determine the lost row's cells: all 0 here
    expect(r.figures['results.rejected.publication.total']).toBe(0);
    expect(r.provenance['results.rejected.publication.total']!.via).toBe('inferred');
    expect(r.figures['results.rejected.duplicate.total']).toBe(13);
  });

  it('does not take a label inside prose for a row', () => {
    const text = report({ table3: '全年予以公开270件,部分公开81件,不予公开50件。', table4: table4(SAMPLE4) });
    const r = parseOk(text);
    expect(r.provenance['results.granted.total']?.via).not.toBe('table');
    expect(r.issues.some((i) => i.code === 'TABLE_MISSING' && i.message.en.includes('applications'))).toBe(true);
  });
});

describe('cells that are not numbers', () => {
  it('keeps "/", "—" and "无" apart from 0 and reports them', () => {
    const rows = { ...SAMPLE3, 'results.denied.threeSecurity': ['/', '—', '无', 0, 0, 0, 0] as unknown as Cells };
    const r = parseOk(report({ table3: table3(rows as never, 'spaces'), table4: table4(SAMPLE4) }));
    expect(
      pick(r, [
        'results.denied.threeSecurity.natural',
        'results.denied.threeSecurity.commercial',
        'results.denied.threeSecurity.research',
        'results.denied.threeSecurity.total',
      ]),
    ).toEqual({
      'results.denied.threeSecurity.natural': null,
      'results.denied.threeSecurity.commercial': null,
      'results.denied.threeSecurity.research': null,
      'results.denied.threeSecurity.total': 0,
    });
    expect(r.issues.filter((i) => i.code === 'CELL_NOT_NUMBER').map((i) => i.keys[0])).toEqual([
      'results.denied.threeSecurity.natural',
      'results.denied.threeSecurity.commercial',
      'results.denied.threeSecurity.research',
    ]);
    expect(r.provenance['results.denied.threeSecurity.natural']!.raw).toBe('/');
    expect(codes(r)).not.toContain('INFERRED');
  });

  it('infers a blank HTML cell the column sums determine', () => {
    const rows = { ...SAMPLE3, 'results.other': [null, 0, 0, 0, 1, 0, 12] as Cells };
    const r = parseOk(report({ table3: table3(rows as never, 'pipes'), table4: table4(SAMPLE4, 'pipes') }));
    expect(r.figures['results.other.natural']).toBe(11);
    expect(r.provenance['results.other.natural']).toMatchObject({ via: 'inferred', basis: 'resultsTotal.natural' });
    expect(codes(r)).toEqual(expect.arrayContaining(['CELL_BLANK', 'INFERRED']));
  });
});

describe('table 2 units and counters', () => {
  const t2 = [
    '第二十条第(一)项',
    '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
    '规章 0 0 3',
    '规范性文件 1,291 291 1836',
    '第二十条第(八)项',
    '信息内容 上一年项目数量 本年增/减',
    '行政事业性收费 33项 -15',
    '第二十条第(九)项',
    '信息内容 采购项目数量 采购总金额',
    '政府集中采购 152个 25534.03万元',
  ].join('\n');

  it('is not misled by a sentence before the table naming its items', () => {
    const prose = '本年度制定规章3件,行政许可办理12345件。';
    const r = parseOk(report({ table2: `${prose}\n${t2}`, table3: table3(SAMPLE3, 'spaces') }));
    expect(pick(r, ['active.rules.newlyMade', 'active.rules.publishedTotal', 'active.licensing.decisions'])).toEqual({
      'active.rules.newlyMade': 0,
      'active.rules.publishedTotal': 3,
      'active.licensing.decisions': undefined,
    });
  });

  it('converts units, counters, signs and thousands separators', () => {
    const r = parseOk(report({ table2: t2, table3: table3(SAMPLE3, 'spaces'), table4: table4(SAMPLE4) }));
    expect(
      pick(r, [
        'active.normativeDocs.newlyMade',
        'active.fees.prevItems',
        'active.fees.change',
        'active.procurement.projects',
        'active.procurement.amountYuan',
      ]),
    ).toEqual({
      'active.normativeDocs.newlyMade': 1291,
      'active.fees.prevItems': 33,
      'active.fees.change': -15,
      'active.procurement.projects': 152,
      'active.procurement.amountYuan': 255_340_300,
    });
    // items not printed are reported, not invented
    expect(r.figures['active.licensing.decisions']).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'ROW_MISSING' && i.keys[0] === 'active.licensing.prevItems')).toBe(true);
  });

  it('reads a unitless amount in the unit its header names, or says which unit it assumed', () => {
    const withHeader = parseOk(
      report({
        table2: t2.replace('采购总金额', '采购总金额(万元)').replace('25534.03万元', '25534.03'),
        table3: table3(SAMPLE3, 'spaces'),
      }),
    );
    expect(withHeader.figures['active.procurement.amountYuan']).toBe(255_340_300);
    expect(codes(withHeader)).not.toContain('UNIT_ASSUMED');
    const bare = parseOk(report({ table2: t2.replace('25534.03万元', '25534.03'), table3: table3(SAMPLE3, 'spaces') }));
    expect(bare.figures['active.procurement.amountYuan']).toBe(25534.03);
    expect(codes(bare)).toContain('UNIT_ASSUMED');
  });
});

describe('table 4', () => {
  it.each(['lines', 'pipes', 'spaces'] as const)('reads fifteen cells printed as %s', (layout) => {
    const r = parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: table4(SAMPLE4, layout) }));
    expect(pick(r, Object.keys(table4Figures(SAMPLE4)))).toEqual(table4Figures(SAMPLE4));
    expect(r.figures['litigation.total']).toBe(33);
  });

  it('is not shifted by numbers in a sentence before it', () => {
    const r = parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: `本年度发生行政复议32件、行政诉讼33件。\n${table4(SAMPLE4)}` }));
    expect(pick(r, Object.keys(table4Figures(SAMPLE4)))).toEqual(table4Figures(SAMPLE4));
  });

  it('reads cells run together in every shape the table is printed in', () => {
    const expected = table4Figures(SAMPLE4);
    const read = (t4: string) => pick(parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: t4 })), Object.keys(expected));
    // groups down, each row ending in its total: 17|7|8|0|32 and 3|2|0|0|5 have one split each;
    // 2023328 is 20|2|3|3|28 or 2|0|23|3|28, and nothing else checks it: only the cells both give
    // alike (尚未审结 3, 总计 28) are read
    const rows = `结果维持结果纠正其他结果尚未审结总计\n行政复议1778032\n行政诉讼（未经复议直接起诉）2023328\n行政诉讼（复议后起诉）32005`;
    const direct = Object.keys(expected).filter((k) => /^litigationDirect\.(upheld|corrected|other)$/.test(k));
    const directOpen = { ...expected, ...Object.fromEntries(direct.map((k) => [k, null])) };
    expect(read(rows)).toEqual(directOpen);
    // groups across, outcomes down: 17203 alone has several splits; the 总计 row's sums choose
    const across = `行政复议行政诉讼（未经复议直接起诉）行政诉讼（复议后起诉）\n结果维持17203\n结果纠正722\n其他结果830\n尚未审结030\n总计32285`;
    expect(read(across)).toEqual(expected);
    // one line of fifteen, a note with dates and counts of its own under it: the same two readings
    const note = '\n注：本表数据统计时间为2020年1月1日至2020年12月31日，共涉及3个部门。';
    expect(read(table4([SAMPLE4.join('')]) + note)).toEqual(directOpen);
  });

  it('does not guess columns when cells are missing', () => {
    const r = parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: table4(SAMPLE4.slice(0, 12)) }));
    expect(r.figures['review.total']).toBeNull();
    expect(r.provenance['review.total']!.raw).toBe(SAMPLE4.slice(0, 12).join(' '));
    // twelve cells, none of them digits run together (00, 023): cells are missing, not joined
    expect(r.issues.find((i) => i.code === 'CELL_MISSING')?.keys).toHaveLength(15);
    const r2 = parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: table4(SAMPLE4.slice(0, 10)) }));
    expect(r2.issues.find((i) => i.code === 'CELL_MISSING')?.keys).toHaveLength(15);
    expect(r2.figures['review.upheld']).toBeNull();
  });
});

describe('parseReport on anything', () => {
  it('never throws on values that are not text', () => {
    expect(parseReport(undefined as unknown as string).ok).toBe(false);
    expect(parseReport(42 as unknown as string).ok).toBe(false);
  });

  it('reads a row printed as one line among one-cell lines', () => {
    const mixed = table3(SAMPLE3, 'lines').replace(
      /二、上年结转政府信息公开申请数量[\s\S]*?三、本年度办理结果/,
      `${row('二、上年结转政府信息公开申请数量', SAMPLE3['applications.carriedOver']!, 'spaces')}\n三、本年度办理结果`,
    );
    const r = parseOk(report({ table3: mixed, table4: table4(SAMPLE4) }));
    expect(pick(r, Object.keys(EXPECTED3))).toEqual(EXPECTED3);
  });
});
