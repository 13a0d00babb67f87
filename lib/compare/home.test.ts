// The home overview on the bundled reports: the chart is /compare's bar view of new applications
// in a year, with the same rows, marks and reasons.

import { describe, expect, it } from 'vitest';
import { parseCompareParams } from '@/lib/view-state';
import { HOME_MAX_BARS, loadHomeOverview } from './home';
import { loadCompareData } from './load-compare-data';
import { bundledReports, compareSource, homeSource } from './testing/bundled-reports';

describe('loadHomeOverview', () => {
  it('draws the busiest year by default, as /compare draws that year', async () => {
    const home = await loadHomeOverview(null, 'zh', homeSource());
    expect(home.year).toBe(2020);
    expect(home.requestedYearMissing).toBe(false);
    expect(home.reportCount).toBe(9);
    expect(home.jurisdictionCount).toBe(8);
    expect(home.provinces.map((p) => p.jurisdictions.length).every((n) => n <= 4)).toBe(true);
    expect(home.barTotal).toBe(4);
    const compare = await loadCompareData(parseCompareParams({ y: '2020' }).view, compareSource());
    expect(home.chart.rows).toEqual(compare.rows);
    expect(home.chart).toMatchObject({
      keys: ['applications.new.total'],
      range: { from: 2020, to: 2020 },
      composition: null,
      mixedScope: true,
    });
    expect(home.chart.measure).toEqual(compare.measure);
  });

  it("marks a figure the tables' sums determine as /compare does (平潭 2022)", async () => {
    const home = await loadHomeOverview(2022, 'en', homeSource());
    expect(home.year).toBe(2022);
    expect(home.chart.view.lang).toBe('en');
    const [pingtan] = home.chart.rows;
    expect(pingtan!.value).toBe(74);
    expect(pingtan!.flags.map((f) => f.kind)).toEqual(['inferred']);
    expect(home.chart.mixedScope).toBe(false);
  });

  it('falls back to the busiest year when the asked one has no reports, and says so', async () => {
    const home = await loadHomeOverview(2019, 'zh', homeSource());
    expect(home).toMatchObject({ year: 2020, requestedYearMissing: true });
    expect((await loadHomeOverview(2024, 'zh', homeSource())).chart.rows.map((r) => r.name)).toEqual(['淮安市', '洪泽区']);
  });

  it('draws at most HOME_MAX_BARS bars and counts the rest', async () => {
    const many = Array.from({ length: HOME_MAX_BARS + 3 }, (_, i) => ({ ...bundledReports()[0]!, reportId: 1000 + i }));
    const home = await loadHomeOverview(2020, 'zh', homeSource(many));
    expect(home.chart.rows).toHaveLength(HOME_MAX_BARS);
    expect(home.barTotal).toBe(HOME_MAX_BARS + 3);
  });

  it('has nothing to draw without reports', async () => {
    const home = await loadHomeOverview(null, 'zh', homeSource([]));
    expect(home).toMatchObject({ year: null, reportCount: 0, barTotal: 0, jurisdictionCount: 0 });
    expect(home.chart.rows).toEqual([]);
  });
});
