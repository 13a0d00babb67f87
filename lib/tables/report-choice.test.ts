import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '@/lib/db/queries/report/types';
import { indexReport } from './cells';
import { FUYANG_2020_ROWS, tableFigures } from './fixtures.test-helpers';
import { rateRows } from './rates';
import { pickReport, previousReport, reportsByYear } from './report-choice';

function report(id: number, year: number, body: string, scope: ReportSummary['scope']): ReportSummary {
  return {
    id,
    year,
    body,
    scope,
    jurisdiction: { slug: 'hongze', name: '洪泽区', level: 'district', province: '江苏省' },
    title: null,
    format: year >= 2021 ? '2021' : '2019',
    publishedOn: null,
    issuer: null,
    sourceFileName: 'x.pdf',
    sourceFileType: 'pdf',
    errorCount: 0,
    parserVersion: '1',
    ingestedAt: '2026-11-22T00:00:00.000Z',
  };
}

const reports = [
  report(1, 2023, '洪泽区人民政府', 'aggregate'),
  report(2, 2024, '淮安市洪泽区人民政府', 'aggregate'),
  report(3, 2024, '洪泽区政府办公室', 'agency'),
  report(4, 2023, '洪泽区政府办公室', 'agency'),
  report(5, 2022, '洪泽区教育局', 'agency'),
];

describe('report choice', () => {
  it('opens the requested report, else the newest whole-jurisdiction one', () => {
    expect(pickReport(reports, 4)!.id).toBe(4);
    expect(pickReport(reports, 99)!.id).toBe(2);
    expect(pickReport(reports, null)!.id).toBe(2);
    expect(pickReport([reports[4]!], null)!.id).toBe(5);
    expect(pickReport([], null)).toBeNull();
  });

  it('compares with the year before: any aggregate report, or the same office', () => {
    expect(previousReport(reports, reports[1]!)!.id).toBe(1);
    expect(previousReport(reports, reports[2]!)!.id).toBe(4);
    expect(previousReport(reports, reports[0]!)).toBeNull();
    expect(previousReport(reports, report(6, 2023, '洪泽区教育局', 'agency'))!.id).toBe(5);
    expect(previousReport(reports, report(7, 2024, '洪泽区教育局', 'agency'))).toBeNull();
  });

  it('groups by year, newest first, aggregate apart from single offices', () => {
    const years = reportsByYear(reports);
    expect(years.map((y) => y.year)).toEqual([2024, 2023, 2022]);
    expect(years[0]!.aggregate.map((r) => r.id)).toEqual([2]);
    expect(years[0]!.agency.map((r) => r.id)).toEqual([3]);
  });
});

describe('rateRows', () => {
  it('computes 阜阳 2020 实质公开率 as (270+81)/813 and leaves out what it cannot compute', () => {
    const rows = tableFigures({ ...FUYANG_2020_ROWS, 'results.total': [null, null, null, null, null, null, 813] });
    const rates = rateRows(indexReport(rows), null, 8_200_264);
    const byId = new Map(rates.map((r) => [r.rate.id, r]));
    expect(byId.get('disclosure-rate')!.value).toBeCloseTo(351 / 813, 12);
    expect(byId.get('disclosure-rate')!.prev).toBeUndefined();
    expect(byId.get('review-correction-rate')!.value).toBeNull();
    expect(byId.get('received-total')!.value).toBe(850);
    expect(byId.get('received-total')!.per10k).toBeCloseTo((850 / 8_200_264) * 10_000, 10);
  });
});

describe('buildReportModels', () => {
  it('lays the previous year over every grid and keeps sentence-only figures aside', async () => {
    const { buildReportModels } = await import('./report-models');
    const current = tableFigures(FUYANG_2020_ROWS);
    current.push({
      key: 'narrative.activeItems',
      value: 680964,
      provenance: 'narrative',
      rule: 'narrative.active',
      raw: '680964条',
      basis: null,
      span: [0, 6],
    });
    const previous = tableFigures({ 'applications.new': [700, 6, 0, 2, 20, 10, 738] });
    const models = buildReportModels({ figures: indexReport(current), format: '2019' }, { figures: indexReport(previous), format: '2019' });
    expect(models.table3.rows[0]!.cells.total).toMatchObject({ value: 835, prev: 738, delta: 97 });
    expect(models.others.map((f) => f.key)).toEqual(['narrative.activeItems']);
    expect(models.table4.empty).toBe(true);
  });
});
