import { describe, expect, it } from 'vitest';
import { sortBySeries } from './build-series';
import { toLineData, toYearSeries } from './chart-data';
import type { SeriesRow } from './types';

function row(reportId: number, slug: string, name: string, year: number, value: number | null, body = name): SeriesRow {
  const agency = body !== name;
  return {
    reportId,
    slug,
    name,
    body,
    year,
    value,
    label: { zh: agency ? body : name, en: agency ? body : name },
    scope: agency ? 'agency' : 'aggregate',
    inputs: {},
    provenance: {},
    flags: [],
    highlighted: false,
  };
}

describe('toYearSeries', () => {
  const years = [2019, 2020, 2021];
  const rows = [
    row(1, 'fuyang', '阜阳市', 2020, 835),
    row(2, 'fuyang', '阜阳市', 2019, null),
    row(3, 'wlcb', '乌兰察布市', 2020, 6, '乌兰察布市政府办公室'),
    row(4, 'wlcb', '乌兰察布市', 2021, 9),
  ];

  it('makes one series per jurisdiction or office, a cell per year, null where no report', () => {
    const series = toYearSeries(sortBySeries(rows, 'zh'), years, 'zh');
    expect(series.map((s) => s.label)).toEqual(['阜阳市', '乌兰察布市', '乌兰察布市政府办公室']); // by pinyin: fu < wu;
    const fuyang = series.find((s) => s.slug === 'fuyang')!;
    expect(fuyang.cells.map((c) => c?.reportId ?? null)).toEqual([2, 1, null]);
    // A report with the value missing stays a report (its cell is not null), its value null.
    expect(fuyang.cells[0]!.value).toBeNull();
  });

  it('lines take their points from the same grouping, missing years as gaps', () => {
    const fuyang = toLineData(rows, years, 'zh').series.find((s) => s.id.startsWith('fuyang'))!;
    expect(fuyang.points).toEqual([
      { year: 2019, value: null },
      { year: 2020, value: 835 },
      { year: 2021, value: null },
    ]);
  });
});
