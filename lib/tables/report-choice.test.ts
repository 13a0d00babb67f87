import { describe, expect, it } from 'vitest';
import type { ListedReport } from '@/lib/domain';
import { indexReport } from './cells';
import { FUYANG_2020_ROWS, tableFigures } from './fixtures.test-helpers';
import { toRateCards } from './rate-cards';
import { rateRows } from './rates';
import { listEntry, pickReport, previousReport, reportsByYear } from './report-choice';
import { buildReportModels } from './report-models';

function report(id: number, year: number, body: string, scope: ListedReport['scope'], chosen = true): ListedReport {
  return {
    id,
    chosen,
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

// As the database lists them (year desc, scope, body, id), with the report-choice rule's picks:
// 2024's whole-jurisdiction report was ingested twice (ids 2 and 6); the rule chose 6.
const reports = [
  report(2, 2024, '淮安市洪泽区人民政府', 'aggregate', false),
  report(6, 2024, '淮安市洪泽区人民政府', 'aggregate'),
  report(3, 2024, '洪泽区政府办公室', 'agency'),
  report(1, 2023, '洪泽区人民政府', 'aggregate'),
  report(4, 2023, '洪泽区政府办公室', 'agency'),
  report(5, 2022, '洪泽区教育局', 'agency'),
];
const none = { reportId: null, year: null };

describe('report choice', () => {
  it("opens the requested report, else the newest year's chosen whole-jurisdiction one", () => {
    expect(pickReport(reports, { reportId: 4, year: null })!.id).toBe(4);
    // A copy the rule did not choose still opens when asked for by id.
    expect(pickReport(reports, { reportId: 2, year: null })!.id).toBe(2);
    expect(pickReport(reports, { reportId: 99, year: null })!.id).toBe(6);
    expect(pickReport(reports, none)!.id).toBe(6);
    expect(pickReport([], none)).toBeNull();
  });

  it("opens a year's chosen report, an office's only when the year has no other, and the id over the year", () => {
    expect(pickReport(reports, { reportId: null, year: 2023 })!.id).toBe(1);
    expect(pickReport(reports, { reportId: null, year: 2022 })!.id).toBe(5);
    expect(pickReport(reports, { reportId: null, year: 2019 })!.id).toBe(6);
    expect(pickReport(reports, { reportId: 4, year: 2024 })!.id).toBe(4);
    expect(pickReport([reports[5]!], none)!.id).toBe(5);
  });

  it('compares with the year before: its chosen aggregate report, or the same office', () => {
    expect(previousReport(reports, reports[1]!)!.id).toBe(1);
    expect(previousReport(reports, reports[0]!)!.id).toBe(1);
    expect(previousReport(reports, reports[2]!)!.id).toBe(4);
    expect(previousReport(reports, reports[3]!)).toBeNull();
    // Only chosen reports are compared with.
    expect(previousReport([report(1, 2023, '洪泽区人民政府', 'aggregate', false)], reports[1]!)).toBeNull();
    expect(previousReport(reports, report(6, 2023, '洪泽区教育局', 'agency'))!.id).toBe(5);
    expect(previousReport(reports, report(7, 2024, '洪泽区教育局', 'agency'))).toBeNull();
  });

  it('groups by year, newest first, aggregate apart from single offices', () => {
    const years = reportsByYear(reports);
    expect(years.map((y) => y.year)).toEqual([2024, 2023, 2022]);
    expect(years[0]!.aggregate.map((r) => r.id)).toEqual([2, 6]);
    expect(years[0]!.agency.map((r) => r.id)).toEqual([3]);
  });

  it('lists a report by the fields its link shows and the link, without its jurisdiction or source', () => {
    expect(listEntry({ ...reports[2]!, errorCount: 2 }, '/j/hongze?report=3')).toEqual({
      id: 3,
      year: 2024,
      body: '洪泽区政府办公室',
      scope: 'agency',
      format: '2021',
      errorCount: 2,
      href: '/j/hongze?report=3',
    });
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

describe('toRateCards', () => {
  it('prints 阜阳 2020 rates as /j shows them: the value, its base, per 10,000 residents, "not computed" and why', () => {
    const rows = tableFigures({ ...FUYANG_2020_ROWS, 'results.total': [null, null, null, null, null, null, 813] });
    const cards = new Map(toRateCards(rateRows(indexReport(rows), indexReport(rows), 8_200_264), 2019, 'en').map((c) => [c.id, c]));
    expect(cards.get('disclosure-rate')).toMatchObject({
      name: 'Disclosure rate',
      value: '43.2%',
      base: { value: 813, text: 'base: total handled 813' },
      prev: '2019: 43.2%',
    });
    expect(cards.get('disclosure-rate')!.noValue).toBeUndefined();
    expect(cards.get('received-total')).toMatchObject({ value: '850', per10k: '1.04 per 10,000 residents' });
    // No reviews printed: not computed, in words, with the reason under it (never the notation's "—").
    const review = cards.get('review-correction-rate')!;
    expect(review).toMatchObject({ value: 'not computed', noValue: true, notComputed: expect.stringMatching(/^Not computed: /) });
  });
});

describe('buildReportModels', () => {
  it('lays the previous year over every grid and keeps sentence-only figures aside', async () => {
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

describe('report choice, edges', () => {
  it("prefers the year's whole-jurisdiction report wherever it is listed, and sorts years from any order", () => {
    const listed = [report(3, 2024, '洪泽区政府办公室', 'agency'), report(6, 2024, '淮安市洪泽区人民政府', 'aggregate')];
    expect(pickReport(listed, { reportId: null, year: 2024 })!.id).toBe(6);
    expect(pickReport(listed, none)!.id).toBe(6);
    const shuffled = [reports[5]!, reports[0]!, reports[3]!];
    expect(reportsByYear(shuffled).map((y) => y.year)).toEqual([2024, 2023, 2022]);
  });
});
