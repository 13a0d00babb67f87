// The compare view model on the bundled reports (read by the parser, served by a query source as
// the database would): what each view draws, in which order, with which marks and notices.

import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '@/lib/domain';
import { parseCompareParams, readCompareParams, type CompareView } from '@/lib/view-state';
import { busiestYear, chooseRange, loadCompareData } from './load-compare-data';
import { bundledReports, compareSource } from './testing/bundled-reports';
import type { DataNotice } from './types';

const view = (query: string): CompareView => parseCompareParams(readCompareParams(new URLSearchParams(query))).view;
const load = (query: string, reports?: ReportFigures[]) => loadCompareData(view(query), compareSource(reports));
const summary = (rows: Awaited<ReturnType<typeof load>>['rows']) => rows.map((r) => [r.label.zh, r.year, r.value]);

describe('loadCompareData on the bundled reports', () => {
  it('ranks the busiest year by default: largest first, the office under its own name', async () => {
    const data = await load('');
    expect(data.range).toEqual({ from: 2020, to: 2020 });
    expect(data.view.years).toEqual({ from: 2020, to: 2020 });
    expect(summary(data.rows)).toEqual([
      ['宁波市', 2020, 3517],
      ['阜阳市', 2020, 835],
      ['乌兰察布市政府办公室', 2020, 6],
      ['弋阳县', 2020, 3],
    ]);
    expect(data.notices).toEqual([]);
    expect(data.keys).toEqual(['applications.new.total']);
    expect(data.measure).toMatchObject({ id: 'applications.new.total', unit: 'count', denominatorLabel: null });
    expect(data.mixedScope).toBe(true);
    expect(data.years.map((y) => y.year)).toEqual([2024, 2023, 2022, 2020, 2017]);
  });

  it("flags a sentence's figure, an office's report and failed checks, with their reasons", async () => {
    const rows = (await load('y=2020')).rows;
    const ningbo = rows.find((r) => r.name === '宁波市')!;
    expect(ningbo.flags).toEqual([
      {
        kind: 'narrative',
        reason: {
          zh: '取自报告正文的句子“受理依申请政府信息公开3517件”,非表格',
          en: 'Read from a sentence of the report (“受理依申请政府信息公开3517件”), not a table',
        },
      },
    ]);
    expect(ningbo.provenance).toEqual({ 'applications.new.total': 'narrative' });
    const office = rows.find((r) => r.scope === 'agency')!;
    expect(office.name).toBe('乌兰察布市');
    expect(office.body).toBe('乌兰察布市政府办公室');
    expect(office.label).toEqual({ zh: '乌兰察布市政府办公室', en: 'Ulanqab · 乌兰察布市政府办公室' });
    expect(office.flags).toEqual([
      {
        kind: 'agency',
        reason: {
          zh: '单一机关(乌兰察布市政府办公室)的报告,不是全辖区汇总',
          en: 'Report of one office (乌兰察布市政府办公室), not the whole jurisdiction',
        },
      },
    ]);
    expect(rows.find((r) => r.name === '阜阳市')!.flags).toEqual([]);

    // 洪泽区 2023 fails table 4's sums: its table 3 figures carry no mark, its review figures do.
    expect((await load('j=hongze-320813&y=2023')).rows[0]!.flags).toEqual([]);
    const hongze = (await load('j=hongze-320813&y=2023&m=review.total')).rows[0]!;
    expect(hongze.flags.map((f) => f.kind)).toEqual(['checks-failed']);
    expect(hongze.flags[0]!.reason.zh).toMatch(/^这个数字所在的勾稽关系核验未通过,数字按原文照录:勾稽关系不符:行政复议/);
    expect(hongze.flags[0]!.reason.en).toMatch(/^A sum check this figure is part of failed; figures kept as printed: /);
    expect(hongze.flags[0]!.reason.en).not.toMatch(/Lawsuit after review/);
  });

  it('shows a rate whose inputs failed a sum check with its mark, after the ranked ones', async () => {
    const data = await load('j=hongze-320813,huaian-320800&y=2023-2024&chart=line&m=dispute-rate');
    const hongze2023 = data.rows.find((r) => r.year === 2023)!;
    expect(hongze2023.unranked).toBe(true);
    expect(hongze2023.flags.map((f) => f.kind)).toContain('checks-failed');
    expect(data.rows.filter((r) => r.year === 2024).every((r) => !r.unranked)).toBe(true);
    // Ranked: a value of a failed relation sorts after every ranked value, whatever its size.
    // 洪泽区 2023 as a 2024 report, its failed review total made large: it would rank first if ranked.
    const reports = bundledReports().map((r) =>
      r.year === 2023
        ? {
            ...r,
            year: 2024,
            reportId: 100 + r.reportId,
            figures: { ...r.figures, 'review.total': { ...r.figures['review.total']!, value: 1000 } },
          }
        : r,
    );
    const bars = await load('j=hongze-320813,huaian-320800,fuyang-341200&y=2024&m=dispute-rate', reports);
    expect(bars.rows.filter((r) => r.unranked).map((r) => r.reportId)).toEqual([107]);
    expect(bars.rows.at(-1)!.reportId).toBe(107);
    expect(bars.rows.map((r) => [r.reportId, r.unranked ?? false])).toEqual(
      [...bars.rows]
        .sort((a, b) => Number(a.value === null) - Number(b.value === null) || Number(!!a.unranked) - Number(!!b.unranked))
        .map((r) => [r.reportId, r.unranked ?? false]),
    );
  });

  it('flags a figure the tables’ sums determine, naming the relation', async () => {
    const pingtan = (await load('j=pingtan-350128&y=2022')).rows[0]!;
    expect(pingtan.value).toBe(74);
    expect(pingtan.flags).toHaveLength(1);
    expect(pingtan.flags[0]!.kind).toBe('inferred');
    expect(pingtan.flags[0]!.reason.zh).toMatch(/^表中此格空白,由勾稽关系推算:.+/);
    expect(pingtan.flags[0]!.reason.en).toMatch(/^Blank in the table; inferred from the table's sums: .+/);
  });

  it('counts per 10,000 residents where asked, for counts only', async () => {
    const data = await load('y=2020&per=10k');
    expect(data.view.per10k).toBe(true);
    expect(data.measure).toMatchObject({ unit: 'per10k', denominatorLabel: { zh: '每万常住人口', en: 'per 10,000 residents' } });
    const fuyang = data.rows.find((r) => r.name === '阜阳市')!;
    expect(fuyang.value).toBeCloseTo((835 / 8200264) * 10000, 12);
    // The inputs stay as printed; only the value drawn is per capita.
    expect(fuyang.inputs).toEqual({ 'applications.new.total': 835 });
    expect(data.rows.map((r) => r.name)).toEqual(['宁波市', '阜阳市', '弋阳县', '乌兰察布市']);
    // The office's report is not divided by 乌兰察布's population: missing, last, and said why.
    expect(data.rows.find((r) => r.scope === 'agency')!.value).toBeNull();
    expect(data.notices).toEqual([{ kind: 'per10k-agency', names: ['乌兰察布市政府办公室'] }]);

    const rate = await load('y=2020&m=disclosure-rate&per=10k');
    expect(rate.view.per10k).toBe(false);
    expect(rate.notices).toEqual([{ kind: 'per10k-not-count' }]);
    expect(rate.rows.find((r) => r.name === '阜阳市')!.value).toBeCloseTo((270 + 81) / 813, 12);

    // A composition is shares, never per capita, and says nothing about it.
    const stacked = await load('y=2020&chart=stacked&per=10k');
    expect(stacked.view.per10k).toBe(false);
    expect(stacked.notices).toEqual([]);
  });

  it('says which places have no population for per-capita values', async () => {
    const reports = bundledReports().map((r) => (r.jurisdiction.name === '弋阳县' ? { ...r, population: null } : r));
    const data = await load('y=2020&per=10k', reports);
    expect(data.notices).toEqual([
      { kind: 'no-population', names: ['弋阳县'] },
      { kind: 'per10k-agency', names: ['乌兰察布市政府办公室'] },
    ]);
    expect(data.rows.find((r) => r.name === '弋阳县')!.value).toBeNull();
  });

  it('rates read their inputs; a missing denominator leaves the rate missing, last', async () => {
    const data = await load('y=2020&m=disclosure-rate');
    expect(data.keys).toEqual(['results.granted.total', 'results.partial.total', 'results.total.total']);
    expect(summary(data.rows).map(([name, , v]) => [name, v === null ? null : Number((v as number).toFixed(4))])).toEqual([
      ['阜阳市', 0.4317],
      ['乌兰察布市政府办公室', 0],
      ['弋阳县', 0],
      ['宁波市', null],
    ]);
    const ningbo = data.rows.find((r) => r.name === '宁波市')!;
    // Its tables were lost in the source: a figure its format prints, not read.
    expect(ningbo.provenance['results.total.total']).toBe('notRead');
    expect(ningbo.inputs['results.total.total']).toBeNull();
  });

  it('a composition draws the parts and their total, inferred parts flagged', async () => {
    const data = await load('y=2020&chart=stacked');
    expect(data.composition?.id).toBe('outcomes');
    const fuyang = data.rows.find((r) => r.name === '阜阳市')!;
    expect(fuyang.parts).toEqual([270, 81, 50, 362, 38, 12]);
    expect(fuyang.value).toBe(813);
    expect(data.rows.at(-1)!.name).toBe('宁波市');
    expect(data.rows.at(-1)!.value).toBeNull();
    expect(data.rows.at(-1)!.parts!.every((p) => p === null)).toBe(true);
  });

  it('lines draw every year of the range, series by series', async () => {
    const data = await load('chart=line&j=hongze-320813,fuyang-341200');
    expect(data.range).toEqual({ from: 2020, to: 2024 });
    expect(summary(data.rows)).toEqual([
      ['阜阳市', 2020, 835],
      ['洪泽区', 2023, 21],
      ['洪泽区', 2024, 95],
    ]);
    // Named jurisdictions are the view; nothing else is highlighted.
    expect(data.rows.every((r) => !r.highlighted)).toBe(true);
    expect(data.picked.map((j) => j.slug)).toEqual(['hongze-320813', 'fuyang-341200']);
    expect(data.markedYear).toBeNull();
    // A year kept from a bar view: every year drawn, that one marked and kept in the link.
    const kept = await load('chart=line&j=hongze-320813&y=2024');
    expect(kept.rows.map((r) => r.year)).toEqual([2023, 2024]);
    expect(kept.markedYear).toBe(2024);
    expect(kept.view.years).toEqual({ from: 2024, to: 2024 });
  });

  it('keeps a picked place without a report in the year as a row of its own, with the years it has', async () => {
    const data = await load('j=fuyang-341200,hongze-320813&y=2024');
    expect(summary(data.rows)).toEqual([['洪泽区', 2024, 95]]);
    expect(data.absent).toEqual([
      {
        slug: 'fuyang-341200',
        name: '阜阳市',
        label: { zh: '阜阳市', en: 'Fuyang, Anhui 阜阳市' },
        years: [2020],
        note: { zh: '2024 年无报告', en: 'no report for 2024' },
      },
    ]);
    expect(data.notices).toEqual([
      {
        kind: 'absent',
        years: '2024',
        places: [{ name: '阜阳市', slug: 'fuyang-341200', label: { zh: '阜阳市', en: 'Fuyang, Anhui 阜阳市' }, years: [2020] }],
      },
    ]);
    // Over a range, a place with no report in any of its years.
    const line = await load('chart=line&j=hongze-320813,shangqiu-411400&y=2023-2024');
    expect(line.absent.map((a) => [a.slug, a.note.zh, a.years])).toEqual([['shangqiu-411400', '2023–2024 年无报告', [2017]]]);
    // Every picked place with a report: nothing absent, no notice.
    expect((await load('j=fuyang-341200&y=2020')).absent).toEqual([]);
  });

  it('says when the province joined has no report in the year, offering the years it has', async () => {
    const data = await load('province=安徽省&j=hongze-320813&y=2024');
    expect(data.notices).toContainEqual({ kind: 'province-absent', province: '安徽省', years: '2024', has: [2020] });
    expect((await load('province=江苏省&j=fuyang-341200&y=2024')).notices.map((n) => n.kind)).toEqual(['absent']);
  });

  it('a province joins the view, its picked places highlighted, a level narrowing it', async () => {
    const data = await load('province=江苏省&j=hongze-320813&y=2024');
    expect(summary(data.rows)).toEqual([
      ['淮安市', 2024, 3119],
      ['洪泽区', 2024, 95],
    ]);
    expect(data.rows.map((r) => r.highlighted)).toEqual([false, true]);
    expect((await load('province=江苏省&level=district&y=2024')).rows.map((r) => r.name)).toEqual(['洪泽区']);
  });

  it('turns what the data cannot serve into notices, never an error', async () => {
    const unknown = await load('j=nowhere-000000,fuyang-341200&y=2020');
    expect(unknown.notices).toEqual([{ kind: 'unknown-jurisdiction', slugs: ['nowhere-000000'] }]);
    expect(unknown.view.jurisdictions).toEqual(['fuyang-341200']);

    // A province without reports says so; the view falls back to every place of the busiest year.
    const tibet = await load('province=西藏自治区');
    expect(tibet.notices).toEqual([{ kind: 'empty-province', province: '西藏自治区' }]);
    expect(tibet.rows.map((r) => r.name)).toEqual(['宁波市', '阜阳市', '乌兰察布市', '弋阳县']);

    const noYear = await load('j=fuyang-341200&y=2024');
    expect(noYear.notices).toEqual([{ kind: 'no-data-year', requested: '2024', shown: 2020 }]);
    expect(noYear.range).toEqual({ from: 2020, to: 2020 });

    const range = await load('y=2018-2024');
    expect(range.notices).toEqual([{ kind: 'bar-range', requested: '2018-2024', shown: 2024 }]);
    expect(range.rows.map((r) => r.year)).toEqual([2024, 2024]);

    const lineNoYear = await load('chart=line&j=fuyang-341200&y=2010-2012');
    expect(lineNoYear.notices).toEqual([{ kind: 'no-data-year', requested: '2010-2012', shown: null }]);
    expect(lineNoYear.range).toEqual({ from: 2020, to: 2020 });

    const empty = await loadCompareData(view(''), compareSource([]));
    expect(empty).toMatchObject({ range: null, rows: [], notices: [], years: [] });
  });

  it('says when a year has too many places to draw them all', async () => {
    const many: ReportFigures[] = Array.from({ length: 61 }, () => bundledReports()[0]!);
    const source = compareSource(many);
    source.listJurisdictionsInYear = async (_year, limit) =>
      Array.from({ length: limit }, (_, i) => ({ id: 100 + i, slug: `p-${i}`, name: `地${i}`, level: 'county', province: null }));
    const data = await loadCompareData(view('y=2020'), source);
    expect(data.notices).toEqual([{ kind: 'too-many-to-show', count: 61 }, { kind: 'no-reports' }]);
    expect(data.rows).toEqual([]);
  });
});

describe('the years drawn', () => {
  const years = [
    { year: 2024, reports: 2 },
    { year: 2023, reports: 1 },
    { year: 2020, reports: 2 },
  ];
  const range = (query: string) => {
    const notices: DataNotice[] = [];
    return { range: chooseRange(view(query), years, notices), notices };
  };

  it('is the busiest year by default, the newest of equals', () => {
    expect(busiestYear(years)).toBe(2024);
    expect(busiestYear([{ year: 2020, reports: 3 }, ...years])).toBe(2020);
    expect(busiestYear([])).toBeNull();
    expect(range('')).toEqual({ range: { from: 2024, to: 2024 }, notices: [] });
  });

  it('is the asked year, or the latest of an asked range with data, for single-year kinds', () => {
    expect(range('y=2023')).toEqual({ range: { from: 2023, to: 2023 }, notices: [] });
    expect(range('y=2020-2023')).toEqual({
      range: { from: 2023, to: 2023 },
      notices: [{ kind: 'bar-range', requested: '2020-2023', shown: 2023 }],
    });
    expect(range('y=2021-2022').notices).toEqual([{ kind: 'no-data-year', requested: '2021-2022', shown: 2024 }]);
  });

  it('is every year with data, or the asked range, for lines', () => {
    expect(range('chart=line')).toEqual({ range: { from: 2020, to: 2024 }, notices: [] });
    expect(range('chart=line&y=2021-2023')).toEqual({ range: { from: 2021, to: 2023 }, notices: [] });
    expect(range('chart=line&y=2023')).toEqual({ range: { from: 2020, to: 2024 }, notices: [] });
    expect(chooseRange(view('chart=line'), [], [])).toBeNull();
  });
});
