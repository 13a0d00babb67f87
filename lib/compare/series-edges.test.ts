// The compare view model's edges on the bundled reports: reasons and marks of several flags at once,
// inputs without a number, the order of missing values and of years, measure titles of every table,
// settings' labels, home's empty chart, and the notices that must not appear.
import { describe, expect, it, vi } from 'vitest';
import type { ReportFigures } from '@/lib/domain';
import { parseCompareParams, readCompareParams, type CompareView } from '@/lib/view-state';
import { marksOf, toStackData, yearsOf } from './chart-data';
import { controlOptions } from './control-options';
import { compareCsv } from './export';
import { loadHomeOverview } from './home';
import { busiestYear, chooseRange, loadCompareData } from './load-compare-data';
import { choiceOf } from './measure-options';
import { figureTitle, isCountMeasure } from './measures';
import { toYearTableSeries } from './table-rows';
import { bundledReports, compareSource, homeSource } from './testing/bundled-reports';
import type { DataNotice } from './types';
import { NOTATION } from '@/lib/i18n/notation';

const view = (query: string): CompareView => parseCompareParams(readCompareParams(new URLSearchParams(query))).view;
const load = (query: string, reports?: ReportFigures[]) => loadCompareData(view(query), compareSource(reports));

describe('flags and marks', () => {
  it('name the relation a figure was inferred from, in both languages (平潭 2022)', async () => {
    const pingtan = (await load('m=not-held-share&y=2022')).rows.find((r) => r.name === '平潭综合实验区')!;
    expect(pingtan.flags).toEqual([
      {
        kind: 'inferred',
        reason: {
          zh: '表中此格空白,由勾稽关系推算:1.本机关不掌握相关政府信息:总计 = 六类申请人之和;表中此格空白,由勾稽关系推算:(七)总计:总计 = 六类申请人之和',
          en: expect.stringMatching(
            /^Blank in the table; inferred from the table's sums: .+; Blank in the table; inferred from the table's sums: .+$/,
          ),
        },
      },
    ]);
  });

  it('say a reason shared by several inputs once (平潭 2022: three group totals the parser added up)', async () => {
    const pingtan = (await load('chart=stacked&c=outcomes&y=2022')).rows.find((r) => r.name === '平潭综合实验区')!;
    const reasons = pingtan.flags.find((f) => f.kind === 'inferred')!.reason.zh.split(';');
    expect(reasons.filter((r) => r === '表中此格空白,由勾稽关系推算:各子项之和')).toHaveLength(1);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('mark a value with every kind that applies, in the CSV too (洪泽 2023: inferred and a failed check)', async () => {
    const data = await load('j=hongze-320813&m=dispute-rate&y=2023');
    const [hongze] = data.rows;
    expect(hongze!.flags.map((f) => f.kind)).toEqual(['inferred', 'checks-failed']);
    expect(marksOf(hongze!)).toBe('‡!');
    const line = compareCsv(data, 'https://data.example.cn', 'en').slice(1).split('\r\n')[1]!;
    expect(line).toContain(',inferred checks-failed,');
  });

  it('give a sentence figure without a number no flag, and record its input as not read', async () => {
    const reports = bundledReports().map((r) =>
      r.jurisdiction.name === '宁波市'
        ? { ...r, figures: { ...r.figures, 'applications.new.total': { ...r.figures['applications.new.total']!, value: null } } }
        : r,
    );
    const ningbo = (await load('y=2020', reports)).rows.find((r) => r.name === '宁波市')!;
    expect(ningbo).toMatchObject({ value: null, flags: [], provenance: { 'applications.new.total': 'notRead' } });
  });
});

describe('why a value is missing', () => {
  /** The kind and short words of each missing row of a view, by place. */
  const whys = async (query: string, reports?: ReportFigures[]) =>
    Object.fromEntries((await load(query, reports)).rows.filter((r) => r.value === null).map((r) => [r.slug, r.why]));

  it('says a figure not read, printed "/", not in the format and printed blank in the notation, short and whole', async () => {
    // 宁波 2020's tables were lost: its denials were not read.
    expect((await whys('y=2020&m=results.denied.total'))['ningbo-330200']).toEqual({
      kind: 'notRead',
      short: { zh: '未读取', en: 'not read' },
      long: { zh: NOTATION.notRead.zh, en: NOTATION.notRead.en },
    });
    // 平潭 2022 prints "/" for the normative documents it issued.
    expect((await whys('y=2022&m=active.normativeDocs.issued'))['pingtan-350128']).toMatchObject({
      kind: 'slash',
      short: { zh: '印为“/”' },
    });
    // The 2019 format has no "other: no correction" rows of the 2021 format.
    const old = await whys('y=2020&m=results.otherNoCorrection.total');
    expect(Object.values(old).map((w) => w!.kind)).toEqual(Object.values(old).map(() => 'notInFormat'));
    expect(Object.keys(old)).toContain('fuyang-341200');
    // A table cell printed empty.
    const blank = bundledReports().map((r) =>
      r.jurisdiction.name === '阜阳市'
        ? { ...r, figures: { ...r.figures, 'review.total': { ...r.figures['review.total']!, value: null, raw: '' } } }
        : r,
    );
    expect((await whys('y=2020&m=review.total', blank))['fuyang-341200']).toMatchObject({ kind: 'blank', short: { en: 'printed blank' } });
  });

  it('says why a rate is not computed and why there is no per-capita value', async () => {
    expect((await whys('y=2020&m=disclosure-rate'))['ningbo-330200']).toMatchObject({
      kind: 'notComputed',
      short: { zh: '无法计算', en: 'not computed' },
      long: { zh: '无法计算:分子(予以公开 + 部分公开)有数字缺失' },
    });
    const noPeople = bundledReports().map((r) => (r.jurisdiction.name === '阜阳市' ? { ...r, population: null } : r));
    const perCapita = await whys('y=2020&per=10k', noPeople);
    expect(perCapita['fuyang-341200']).toMatchObject({ kind: 'noPopulation', short: { zh: '无人口数据' } });
    expect(perCapita['wulanchabu-150900']).toMatchObject({ kind: 'officePerCapita' });
  });

  it("says the kind a composition's parts share, and 'no part has a number' when they differ", async () => {
    expect((await whys('y=2020&chart=stacked'))['ningbo-330200']).toMatchObject({ kind: 'notRead' });
    // The applicant mix: parts that are table cells, no group key summed from sub-rows.
    const data = await load('y=2020&chart=stacked&c=applicants');
    const parts = data.composition!.parts.map((p) => p.key);
    const mixed = bundledReports().map((r) =>
      r.jurisdiction.name === '阜阳市'
        ? {
            ...r,
            figures: {
              ...r.figures,
              ...Object.fromEntries(parts.map((k, i) => [k, { ...r.figures[k]!, value: null, raw: i === 0 ? '/' : '' }])),
            },
          }
        : r,
    );
    expect((await whys('y=2020&chart=stacked&c=applicants', mixed))['fuyang-341200']).toMatchObject({
      kind: 'noParts',
      short: { en: 'no part has a number' },
    });
  });
});

describe('order', () => {
  it('sorts missing values by label among themselves', async () => {
    const rows = (await load('m=review-correction-rate&y=2020')).rows;
    const missing = rows.filter((r) => r.value === null).map((r) => r.label.zh);
    expect(missing.length).toBeGreaterThan(1);
    expect(missing).toEqual([...missing].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    // Whatever order the reports come in.
    const reversed = (await load('m=review-correction-rate&y=2020', [...bundledReports()].reverse())).rows;
    expect(reversed.map((r) => r.reportId)).toEqual(rows.map((r) => r.reportId));
    // In English too (labels compared as English text).
    const en = (await load('m=review-correction-rate&y=2020&lang=en')).rows.filter((r) => r.value === null).map((r) => r.label.en);
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('orders each series of a line by year, whatever order the reports come in', async () => {
    const rows = (await load('j=hongze-320813&chart=line', [...bundledReports()].reverse())).rows;
    expect(rows.map((r) => r.year)).toEqual([2023, 2024]);
  });

  it('the busiest year is the newest of equals in any order; a bar range shows its first year when only it has data', () => {
    expect(
      busiestYear([
        { year: 2020, reports: 3 },
        { year: 2024, reports: 3 },
        { year: 2022, reports: 1 },
      ]),
    ).toBe(2024);
    const notices: DataNotice[] = [];
    expect(chooseRange(view('y=2020-2022'), [{ year: 2020, reports: 1 }], notices)).toEqual({ from: 2020, to: 2020 });
    expect(notices).toEqual([{ kind: 'bar-range', requested: '2020-2022', shown: 2020 }]);
  });
});

describe('notices that must not appear', () => {
  it('no empty-province notice for a province with places, no per-capita notices without per=10k', async () => {
    expect((await load('province=安徽省')).notices).toEqual([]);
    const noPopulation = bundledReports().map((r) => ({ ...r, population: null }));
    expect((await load('y=2020', noPopulation)).notices).toEqual([]);
    expect((await load('j=fuyang-341200,ningbo-330200&per=10k')).notices).toEqual([]);
  });

  it('mixed scope only when offices and whole jurisdictions are drawn together', async () => {
    expect((await load('j=fuyang-341200,ningbo-330200')).mixedScope).toBe(false);
    expect((await load('y=2020')).mixedScope).toBe(true);
  });

  it('exactly as many places as can be drawn is not too many', async () => {
    const source = compareSource([]);
    source.listJurisdictionsInYear = async (_year, limit) =>
      Array.from({ length: Math.min(limit, 60) }, (_, i) => ({
        id: 100 + i,
        slug: `p-${i}`,
        name: `地${i}`,
        level: 'county',
        province: null,
      }));
    source.countReportsByYear = async () => [{ year: 2020, reports: 60 }];
    const data = await loadCompareData(view('y=2020'), source);
    expect(data.notices).toEqual([{ kind: 'no-reports' }]);
  });
});

describe('measures', () => {
  it('title a figure of every table by its row (without numbering) and its column (unless 总计)', () => {
    expect(figureTitle('results.denied.total')).toEqual({ zh: '不予公开', en: 'Withheld' });
    expect(figureTitle('results.denied.thirdParty.natural')).toEqual({
      zh: '保护第三方合法权益 · 自然人',
      en: 'Protects third-party rights · Natural persons',
    });
    expect(figureTitle('review.corrected')).toEqual({ zh: '行政复议 · 结果纠正', en: 'Administrative review · Corrected' });
    expect(figureTitle('litigation.total')).toEqual({ zh: '行政诉讼(合计)', en: 'Lawsuits (all)' });
    expect(figureTitle('active.penalty.decisions')).toEqual({ zh: '行政处罚 · 处理决定数量', en: expect.stringContaining('penalties') });
    expect(figureTitle('narrative.activeItems').zh).not.toBe('');
    expect(figureTitle('narrative.activeItems')).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect(figureTitle('no.such.key')).toEqual({ zh: 'no.such.key', en: 'no.such.key' });
  });

  it('count measures are counts; unknown ones are not', () => {
    expect(isCountMeasure({ kind: 'rate', id: 'received-total' })).toBe(true);
    expect(isCountMeasure({ kind: 'rate', id: 'disclosure-rate' })).toBe(false);
    expect(isCountMeasure({ kind: 'rate', id: 'no-such-rate' })).toBe(false);
    expect(isCountMeasure({ kind: 'figure', key: 'applications.new.total' })).toBe(true);
    expect(isCountMeasure({ kind: 'figure', key: 'no.such.key' })).toBe(false);
    expect(choiceOf({ kind: 'figure', key: 'no.such.key' })).toEqual({ choice: 'key:no.such.key', column: null });
    expect(choiceOf({ kind: 'figure', key: 'litigation.total' })).toEqual({ choice: 't4:litigation', column: 'total' });
  });
});

describe('settings and charts', () => {
  it('label levels, measure choices and result columns in the language', () => {
    const zh = controlOptions(view(''));
    expect(zh.levels.map((l) => l.label)).toEqual(['省级', '地市级', '县级', '区', '功能区']);
    expect(zh.measureGroups[0]!.choices[0]).toEqual({ value: 'rate:received-total', label: '受理总量', columns: null });
    expect(zh.measureGroups[1]!.choices[0]).toEqual({
      value: 't3:applications.new',
      label: '一、本年新收政府信息公开申请数量',
      columns: 'applicants',
    });
    expect(zh.columns.results).toEqual([
      { id: 'upheld', label: '结果维持' },
      { id: 'corrected', label: '结果纠正' },
      { id: 'other', label: '其他结果' },
      { id: 'pending', label: '尚未审结' },
      { id: 'total', label: '总计' },
    ]);
  });

  it('a stacked row shows a missing part as missing, not as 0 (商丘 2017: sentences give three outcomes)', async () => {
    const data = await load('chart=stacked&c=outcomes&y=2017');
    const parts = data.composition!.parts.map((p) => p.key);
    const stack = toStackData(data.rows, parts, 'zh');
    for (const [i, row] of data.rows.entries()) {
      row.parts!.forEach((p, k) => {
        if (p === null) expect(stack.rows[i]!.shares[k]).toBeNull();
        else expect(stack.rows[i]!.shares[k]).toBeCloseTo(p / row.value!, 12);
      });
    }
    expect(data.rows.some((r) => r.parts!.some((p) => p === null) && r.value !== null)).toBe(true);
  });
});

describe('year tables', () => {
  it('mark the series of the places picked in a province view', async () => {
    const data = await load('province=江苏省&j=hongze-320813&chart=line');
    const series = toYearTableSeries(data.rows, yearsOf(data.range!.from, data.range!.to), 'zh');
    expect(series.map((s) => [s.label, s.highlighted ?? false])).toEqual([
      ['洪泽区', true],
      ['淮安市', false],
    ]);
  });
});

describe('home without reports', () => {
  it('draws nothing, asks the database for no ranking, and says nothing', async () => {
    const source = homeSource([]);
    const rank = vi.spyOn(source, 'rankReportsByFigure');
    const home = await loadHomeOverview(null, 'zh', source);
    expect(rank).not.toHaveBeenCalled();
    expect(home.chart).toMatchObject({ notices: [], picked: [], range: null, rows: [], absent: [] });
    expect(home.chart.view.years).toBeNull();
  });
});
