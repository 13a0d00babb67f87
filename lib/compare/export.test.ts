// The compare downloads (CSV and JSON) of views of the bundled reports: exactly the rows drawn,
// with each input's provenance and the source report, and cells a spreadsheet cannot mistake.

import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '@/lib/domain';
import { parseCompareParams, readCompareParams } from '@/lib/view-state';
import { viewFileBase, viewSubtitle, viewTitle } from './describe-view';
import { compareCsv, compareJson, exportRecords } from './export';
import { loadCompareData } from './load-compare-data';
import { bundledReports, compareSource } from './testing/bundled-reports';

const ORIGIN = 'https://data.example.cn';

async function load(query: string, reports?: ReportFigures[]) {
  const { view, notices } = parseCompareParams(readCompareParams(new URLSearchParams(query)));
  return { data: await loadCompareData(view, compareSource(reports)), notices };
}

function csvLines(csv: string): string[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('compare CSV', () => {
  it('has a line per row drawn, in the drawn order, each input with its provenance and the source report', async () => {
    const { data } = await load('y=2020');
    const lines = csvLines(compareCsv(data, ORIGIN, 'zh'));
    expect(lines[0]).toBe(
      'jurisdiction,slug,body,scope,year,measure,unit,value,applications.new.total 一、本年新收政府信息公开申请数量 · 总计,applications.new.total:provenance,flags,report_id,report_url,note',
    );
    expect(lines.slice(1)).toEqual([
      `宁波市,ningbo-330200,宁波市人民政府,aggregate,2020,applications.new.total,count,3517,3517,narrative,narrative,3,${ORIGIN}/reports/3,`,
      `阜阳市,fuyang-341200,阜阳市人民政府,aggregate,2020,applications.new.total,count,835,835,table,,1,${ORIGIN}/reports/1,`,
      `乌兰察布市,wulanchabu-150900,乌兰察布市政府办公室,agency,2020,applications.new.total,count,6,6,table,agency,4,${ORIGIN}/reports/4,`,
      `弋阳县,yiyang-361126,弋阳县人民政府,aggregate,2020,applications.new.total,count,3,3,table,,2,${ORIGIN}/reports/2,`,
    ]);
    expect(csvLines(compareCsv(data, ORIGIN, 'en'))[0]).toContain('applications.new.total New applications this year · Total,');
  });

  it('leaves a missing value empty (never 0) and lists every input of a rate', async () => {
    const { data } = await load('y=2020&m=disclosure-rate');
    const lines = csvLines(compareCsv(data, ORIGIN, 'en'));
    expect(lines[0]).toContain('results.granted.total Disclosed in full · Total,results.granted.total:provenance,');
    const ningbo = lines.find((l) => l.startsWith('宁波市'))!.split(',');
    expect(ningbo.slice(5, 8)).toEqual(['disclosure-rate', 'ratio', '']);
    // Its tables were not read: each input is "…" (not read), and the note says why the rate is missing.
    expect(ningbo.slice(8, 14)).toEqual(['', '…', '', '…', '', '…']);
    expect(ningbo.at(-1)).toBe('Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing');
  });

  it('quotes a cell holding a comma, a quote or a line break, and defuses one a spreadsheet would run as a formula', async () => {
    const reports = bundledReports().map((r) =>
      r.reportId === 1 ? { ...r, body: '=HYPERLINK("http://x","阜阳")', jurisdiction: { ...r.jurisdiction, name: '阜阳市,"市区"\n' } } : r,
    );
    const { data } = await load('j=fuyang-341200&y=2020', reports);
    const csv = compareCsv(data, ORIGIN, 'zh');
    expect(csv).toContain('\r\n"阜阳市,""市区""\n",fuyang-341200,"\'=HYPERLINK(""http://x"",""阜阳"")",aggregate,2020,');
  });
});

describe('compare JSON', () => {
  it('carries the title, definition, link, both kinds of notices and the rows', async () => {
    const { data, notices } = await load('j=fuyang-341200,nowhere-000000&y=2020&m=disclosure-rate&chart=pie');
    const json = compareJson(data, notices, ORIGIN, 'en');
    expect(json.title).toBe('Disclosure rate · 2020');
    expect(json.description).toBe(
      'Definition: (disclosed in full + partly disclosed) ÷ total handled · Denominator: total handled · Percent',
    );
    expect(json.url).toBe(`${ORIGIN}/compare?j=fuyang-341200&y=2020&m=disclosure-rate`);
    expect(json.notices).toEqual([
      { param: 'chart', raw: 'pie', reason: 'unknown-chart', message: 'chart: There is no “pie” chart; showing bars.' },
      { kind: 'unknown-jurisdiction', slugs: ['nowhere-000000'], message: 'These jurisdictions are unknown: nowhere-000000.' },
    ]);
    expect(json.rows).toEqual([
      {
        jurisdiction: '阜阳市',
        slug: 'fuyang-341200',
        body: '阜阳市人民政府',
        scope: 'aggregate',
        year: 2020,
        measure: 'disclosure-rate',
        unit: 'ratio',
        value: (270 + 81) / 813,
        inputs: {
          'results.granted.total': { value: 270, provenance: 'table' },
          'results.partial.total': { value: 81, provenance: 'table' },
          'results.total.total': { value: 813, provenance: 'table' },
        },
        flags: [],
        reportId: 1,
        reportUrl: `${ORIGIN}/reports/1`,
        note: null,
      },
    ]);
  });

  it('lists a picked place without a report as a row with its note, and the notice in words', async () => {
    const { data, notices } = await load('j=fuyang-341200,hongze-320813&y=2024');
    const json = compareJson(data, notices, ORIGIN, 'en');
    expect(json.rows.map((r) => [r.jurisdiction, r.value, r.reportId, r.note])).toEqual([
      ['洪泽区', 95, 8, null],
      ['阜阳市', null, null, 'no report for 2024'],
    ]);
    expect(json.notices).toEqual([
      {
        kind: 'absent',
        years: '2024',
        places: [{ name: '阜阳市', slug: 'fuyang-341200', label: { zh: '阜阳市', en: 'Fuyang, Anhui 阜阳市' }, years: [2020] }],
        message: 'No report for 2024 (listed as such in the chart and the data): Fuyang, Anhui 阜阳市 (has reports for 2020)',
      },
    ]);
    const lines = csvLines(compareCsv(data, ORIGIN, 'zh'));
    expect(lines.at(-1)).toBe('阜阳市,fuyang-341200,,,2024,applications.new.total,count,,,missing,,,,2024 年无报告');
  });

  it('gives a composition its parts by key', async () => {
    const { data } = await load('y=2020&chart=stacked');
    const fuyang = exportRecords(data, ORIGIN).find((r) => r.slug === 'fuyang-341200')!;
    expect(fuyang).toMatchObject({ measure: 'outcomes', unit: 'count', value: 813 });
    expect(fuyang.parts).toEqual({
      'results.granted.total': 270,
      'results.partial.total': 81,
      'results.denied.total': 50,
      'results.unable.total': 362,
      'results.rejected.total': 38,
      'results.other.total': 12,
    });
    expect(fuyang.flags).toEqual(['inferred']);
  });
});

describe('titles and file names', () => {
  it('say what, when and in which unit', async () => {
    const { data } = await load('y=2020');
    expect(viewTitle(data, 'zh')).toBe('本年新收政府信息公开申请数量 · 2020 年');
    expect(viewSubtitle(data, 'zh')).toBe('单位:件');
    expect(viewFileBase(data)).toBe('compare-applications.new.total-2020');
    const line = (await load('chart=line&j=hongze-320813')).data;
    expect(viewTitle(line, 'en')).toBe('New applications this year · 2023–2024');
    expect(viewFileBase(line)).toBe('compare-applications.new.total-2023-2024');
    const stacked = (await load('y=2020&chart=stacked&c=denied-reasons')).data;
    expect(viewTitle(stacked, 'zh')).toBe('不予公开的理由 · 2020 年');
    expect(viewSubtitle(stacked, 'en')).toBe('Each part as a share of its row’s total · Percent');
    expect(viewFileBase(stacked)).toBe('compare-denied-reasons-2020');
    const per = (await load('y=2020&per=10k&m=applications.new.natural')).data;
    expect(viewSubtitle(per, 'zh')).toBe('分母: 每万常住人口 · 单位:件 / 每万常住人口');
    const none = await loadCompareData(parseCompareParams({}).view, compareSource([]));
    expect(viewTitle(none, 'zh')).toBe('本年新收政府信息公开申请数量');
    expect(viewFileBase(none)).toBe('compare-applications.new.total');
  });
});
