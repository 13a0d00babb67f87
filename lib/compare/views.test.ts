// What the compare components receive for views of the bundled reports: the chart kinds' data,
// the data tables' rows and the settings' choices, in one language.

import type { NoNumber } from '@/lib/i18n/notation';
import { describe, expect, it } from 'vitest';
import { parseCompareParams, readCompareParams } from '@/lib/view-state';
import { marksOf, tableRowBar, toBarData, toLineData, toStackData, yearsOf } from './chart-data';
import { controlOptions, pickedWithLabels } from './control-options';
import { loadCompareData } from './load-compare-data';
import { figureTitle, isCountMeasure, keysForView, measureInfo, perCapitaApplies, perCapitaPossible, viewComposition } from './measures';
import { measureOfChoice } from './measure-value';
import { toTableRows, toYearTableSeries } from './table-rows';
import { compareSource } from './testing/bundled-reports';

const view = (query: string) => parseCompareParams(readCompareParams(new URLSearchParams(query))).view;
const load = (query: string) => loadCompareData(view(query), compareSource());

describe('chart data', () => {
  it('bars: a datum per row in drawing order, the label in the language, marks after it', async () => {
    const data = await load('y=2020');
    expect(toBarData(data.rows, 'en').rows).toEqual([
      { id: '3', label: 'Ningbo 宁波市', value: 3517, highlighted: false, agency: false, marks: '†' },
      { id: '1', label: 'Fuyang, Anhui 阜阳市', value: 835, highlighted: false, agency: false, marks: '' },
      { id: '4', label: 'Ulanqab · 乌兰察布市政府办公室', value: 6, highlighted: false, agency: true, marks: '' },
      { id: '2', label: 'Yiyang County, Shangrao 弋阳县', value: 3, highlighted: false, agency: false, marks: '' },
    ]);
    expect(marksOf((await load('j=hongze-320813&y=2023')).rows[0]!)).toBe('');
    expect(marksOf((await load('j=hongze-320813&y=2023&m=review.total')).rows[0]!)).toBe('!');
    expect(toBarData((await load('province=江苏省&j=hongze-320813&y=2024')).rows, 'zh').rows.map((r) => r.highlighted)).toEqual([
      false,
      true,
    ]);
  });

  it("bars from a table's rows are the bars of the same reports (the home page draws them so)", async () => {
    // Marks of every kind, a single office, a highlighted place, in both languages.
    for (const query of ['y=2020', 'j=hongze-320813&y=2023&m=review.total', 'province=江苏省&j=hongze-320813&y=2024', 'y=2021']) {
      const { rows } = await load(query);
      for (const lang of ['zh', 'en'] as const) expect(toTableRows(rows, lang, null).map(tableRowBar)).toEqual(toBarData(rows, lang).rows);
    }
  });

  it('stacks: each part as a share of its row, missing parts null, a row with no parts missing', async () => {
    const data = await load('y=2020&chart=stacked');
    const stack = toStackData(data.rows, ['a', 'b', 'c', 'd', 'e', 'f'], 'zh');
    expect(stack.parts).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const fuyang = stack.rows.find((r) => r.label === '阜阳市')!;
    expect(fuyang.counts).toEqual([270, 81, 50, 362, 38, 12]);
    expect(fuyang.shares.map((s) => Number(s!.toFixed(4)))).toEqual([270, 81, 50, 362, 38, 12].map((n) => Number((n / 813).toFixed(4))));
    expect(fuyang).toMatchObject({ id: '1', marks: '‡' });
    expect(fuyang.none).toBeUndefined();
    const ningbo = stack.rows.find((r) => r.label === '宁波市')!;
    // Its tables were not read: every part is "not read", said in the notation's short words.
    expect(ningbo.none).toEqual({ kind: 'notRead', short: '未读取', long: '未读取(报告应有此项,未能读出)' });
    expect(ningbo.shares.every((s) => s === null)).toBe(true);
    // Parts that add up to 0 are not missing: they have no shares to draw.
    const zero = toStackData([{ ...data.rows[0]!, parts: [0, 0, null], value: 0 }], ['a', 'b', 'c'], 'zh').rows[0]!;
    expect(zero).toMatchObject({ shares: [null, null, null], counts: [0, 0, null] });
    expect(zero.none).toBeUndefined();
  });

  it('lines: a series per place (an office its own), a point per year of the range, gaps where no report', async () => {
    const data = await load('chart=line&j=hongze-320813,fuyang-341200,wulanchabu-150900');
    const lines = toLineData(data.rows, yearsOf(2020, 2024), 'zh');
    expect(lines.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(lines.series.map((s) => [s.id, s.label, s.points.map((p) => p.value)])).toEqual([
      // By name in pinyin order: fu, hong, wu.
      ['fuyang-341200|阜阳市', '阜阳市', [835, null, null, null, null]],
      ['hongze-320813|洪泽区', '洪泽区', [null, null, null, 21, 95]],
      ['wulanchabu-150900|乌兰察布市政府办公室', '乌兰察布市政府办公室', [6, null, null, null, null]],
    ]);
    expect(yearsOf(2023, 2023)).toEqual([2023]);
  });
});

describe('data tables', () => {
  it('rows: label, year, value, input cells and marks with their reasons in one language', async () => {
    const data = await load('y=2020&m=disclosure-rate');
    const rows = toTableRows(data.rows, 'en', (r) => data.keys.map((k) => r.inputs[k] ?? (r.provenance[k] as NoNumber)));
    expect(rows.find((r) => r.slug === 'fuyang-341200')).toEqual({
      reportId: 1,
      slug: 'fuyang-341200',
      label: 'Fuyang, Anhui 阜阳市',
      year: 2020,
      value: (270 + 81) / 813,
      cells: [270, 81, 813],
    });
    // 宁波's tables were not read: its inputs are "not read", and the missing rate says why.
    expect(rows.find((r) => r.slug === 'ningbo-330200')).toMatchObject({
      value: null,
      cells: ['notRead', 'notRead', 'notRead'],
      why: {
        kind: 'notComputed',
        short: 'not computed',
        long: 'Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing',
      },
    });
    expect(rows.find((r) => r.slug === 'wulanchabu-150900')!.flags).toEqual([
      { kind: 'agency', reason: 'Report of one office (乌兰察布市政府办公室), not the whole jurisdiction' },
    ]);
    const plain = toTableRows((await load('province=江苏省&j=hongze-320813&y=2024')).rows, 'zh', null);
    expect(plain[1]).toEqual({ reportId: 8, slug: 'hongze-320813', label: '洪泽区', year: 2024, value: 95, highlighted: true });
  });

  it('years: a series per place, a cell per year, the office mark said once beside its name', async () => {
    const data = await load('chart=line&j=hongze-320813,wulanchabu-150900&m=review.total');
    const series = toYearTableSeries(data.rows, yearsOf(2020, 2024), 'zh');
    expect(series.map((s) => [s.label, s.firstReportId, s.cells.map((c) => c?.value ?? null)])).toEqual([
      ['洪泽区', 7, [null, null, null, 0, 2]],
      ['乌兰察布市政府办公室', 4, [0, null, null, null, null]],
    ]);
    expect(series[1]!.office).toEqual({ kind: 'agency', reason: '单一机关(乌兰察布市政府办公室)的报告,不是全辖区汇总' });
    expect(series[1]!.cells[0]).toEqual({ reportId: 4, value: 0 });
    expect(series[0]!.office).toBeUndefined();
    expect(series[0]!.cells[3]!.flags!.map((f) => f.kind)).toEqual(['checks-failed']);
    expect(series[0]!.cells[4]).toEqual({ reportId: 8, value: 2 });
  });
});

describe('measures', () => {
  it('read exactly the keys they need, group totals with their parts', () => {
    expect(keysForView(view('m=results.denied.total'))).toEqual([
      'results.denied.total',
      'results.denied.stateSecret.total',
      'results.denied.lawForbidden.total',
      'results.denied.threeSecurity.total',
      'results.denied.thirdParty.total',
      'results.denied.internalAffairs.total',
      'results.denied.processInfo.total',
      'results.denied.enforcementFile.total',
      'results.denied.adminQuery.total',
    ]);
    expect(keysForView(view('m=received-total'))).toEqual(['applications.new.total', 'applications.carriedOver.total']);
    expect(keysForView(view('chart=stacked&c=applicants'))).toHaveLength(6);
    expect(viewComposition(view('c=applicants'))).toBeNull();
  });

  it('decide per capita once: counts drawn as a measure, asked for', () => {
    expect(isCountMeasure(view('m=received-total').measure)).toBe(true);
    expect(isCountMeasure(view('m=disclosure-rate').measure)).toBe(false);
    expect(perCapitaPossible(view('m=review.total'))).toBe(true);
    expect(perCapitaPossible(view('chart=stacked'))).toBe(false);
    expect(perCapitaApplies(view('m=review.total'))).toBe(false);
    expect(perCapitaApplies(view('m=review.total&per=10k'))).toBe(true);
    expect(perCapitaApplies(view('chart=line&per=10k'))).toBe(true);
    expect(perCapitaApplies(view('m=disclosure-rate&per=10k'))).toBe(false);
  });

  it('name themselves without the printed numbering, with their unit and definition', () => {
    expect(figureTitle('applications.new.total')).toEqual({ zh: '本年新收政府信息公开申请数量', en: 'New applications this year' });
    expect(figureTitle('results.denied.thirdParty.natural')).toEqual({
      zh: '保护第三方合法权益 · 自然人',
      en: 'Protects third-party rights · Natural persons',
    });
    expect(figureTitle('review.corrected').zh).toMatch(/^行政复议 · /);
    expect(figureTitle('active.penalty.decisions')).toEqual({ zh: expect.stringContaining('行政处罚'), en: expect.any(String) });
    expect(figureTitle('no.such.key')).toEqual({ zh: 'no.such.key', en: 'no.such.key' });
    expect(measureInfo({ kind: 'figure', key: 'results.denied.total' }, false)).toMatchObject({
      unit: 'count',
      definition: { zh: expect.stringMatching(/各分项之和$/), en: expect.stringMatching(/the sum of its parts$/) },
    });
    expect(measureInfo({ kind: 'figure', key: 'applications.new.total' }, false).definition).toBeNull();
    expect(measureInfo({ kind: 'rate', id: 'received-total' }, true)).toMatchObject({
      unit: 'per10k',
      denominatorLabel: { en: 'per 10,000 residents' },
    });
    expect(measureInfo({ kind: 'rate', id: 'disclosure-rate' }, false)).toMatchObject({
      unit: 'ratio',
      denominatorLabel: { en: 'total handled' },
    });
    expect(measureInfo({ kind: 'rate', id: 'received-total' }, false).denominatorLabel).toBeNull();
  });
});

describe('settings', () => {
  it("offer the view's choices in its language, the picked measure selected", () => {
    const en = controlOptions(view('lang=en&m=results.denied.thirdParty.natural'));
    expect(en.charts).toEqual([
      { id: 'bar', label: 'Ranked bars' },
      { id: 'line', label: 'Over the years' },
      { id: 'stacked', label: 'Composition (100%)' },
    ]);
    expect(en.choice).toBe('t3:results.denied.thirdParty');
    expect(en.column).toBe('natural');
    expect(en.levels.map((l) => l.id)).toEqual(['province', 'prefecture', 'county', 'district', 'zone']);
    expect(en.compositions[0]).toEqual({ id: 'outcomes', label: 'Outcomes of applications' });
    expect(en.columns.applicants.at(-1)).toEqual({ id: 'total', label: 'Total' });
    expect(en.measureGroups.map((g) => g.id)).toEqual(['rates', 'applications', 'appeals', 'active', 'narrative']);
    expect(en.text).not.toHaveProperty('remove');
    const zh = controlOptions(view('m=disclosure-rate'));
    expect(zh).toMatchObject({ choice: 'rate:disclosure-rate', column: null });
    expect(zh.charts[0]!.label).toBe('柱状排序');
    expect(measureOfChoice('t4:review', 'corrected')).toEqual({ kind: 'figure', key: 'review.corrected' });
    expect(measureOfChoice('rate:disclosure-rate', null)).toEqual({ kind: 'rate', id: 'disclosure-rate' });
    expect(measureOfChoice('t3:applications.new', null)).toEqual({ kind: 'figure', key: 'applications.new.total' });
  });

  it('label each picked place’s remove button', () => {
    const picked = [{ slug: 'fuyang-341200', name: '阜阳市', level: 'prefecture', province: '安徽省' }];
    expect(pickedWithLabels(picked, 'zh')[0]!.removeLabel).toBe('移除 阜阳市');
    expect(pickedWithLabels(picked, 'en')[0]!.removeLabel).toMatch(/阜阳市/);
  });
});
