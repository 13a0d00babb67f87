// /coverage on the bundled reports in a real PostgreSQL: every Jiangsu division of the official
// list, 淮安市 and 洪泽区 held (with their checks), the rest not held; the province counts.
import { describe, expect, it, vi } from 'vitest';
import { coverageYears, provinceDetail, provinceMatrix } from '@/lib/coverage';
import { withBundledDatabase } from '@/lib/db/testing/bundled-database';

vi.mock('server-only', () => ({}));

const TODAY = '2026-12-07';
const YEARS = coverageYears(TODAY);

withBundledDatabase();

describe('coverage of the bundled reports', () => {
  it('江苏省: 118 divisions × 2008–2025; 淮安市 2024 passes, 洪泽区 2023 and 2024 fail a check, the rest not held', async () => {
    const { listHeldDivisions } = await import('./list-held-divisions');
    expect(YEARS).toHaveLength(18);
    const rows = await listHeldDivisions('江苏省', 2008, 2025);
    expect(rows.map((r) => [r.divisionCode, r.year, r.status]).sort()).toEqual([
      ['320800', 2024, 'passing'],
      ['320813', 2023, 'failing'],
      ['320813', 2024, 'failing'],
    ]);
    const detail = provinceDetail('江苏省', rows, YEARS, TODAY)!;
    expect(detail.divisions).toHaveLength(118);
    expect(detail.totals).toEqual({ passing: 1, failing: 2, unchecked: 0, agencyOnly: 0, notHeld: 118 * 18 - 3, notDue: 0 });
    const hongze = detail.divisions.find((d) => d.division.code === '320813')!;
    expect(hongze.formerNames).toEqual([{ name: '洪泽县', changedIn: 2016 }]);
    expect(hongze.slug).toBe('hongze-320813');
    expect(hongze.cells.filter((c) => c.status !== 'notHeld').map((c) => c.year)).toEqual([2024, 2023]);
  });

  it('every province × year: Jiangsu holds 3 division-years, 乌兰察布市 2020 only a single office’s report', async () => {
    const { countHeldByProvince } = await import('./count-held-by-province');
    const matrix = provinceMatrix(await countHeldByProvince(2008, 2025), YEARS, TODAY);
    expect(matrix).toHaveLength(31);
    const jiangsu = matrix.find((p) => p.province === '江苏省')!;
    expect(jiangsu.divisions).toBe(118);
    expect(jiangsu.years.find((y) => y.year === 2024)!.counts).toMatchObject({ passing: 1, failing: 1, notHeld: 116 });
    expect(jiangsu.years.find((y) => y.year === 2023)!.counts).toMatchObject({ failing: 1, notHeld: 117 });
    const inner = matrix.find((p) => p.province === '内蒙古自治区')!;
    expect(inner.years.find((y) => y.year === 2020)!.counts.agencyOnly).toBe(1);
    const held = matrix.flatMap((p) => p.years).reduce((n, y) => n + y.held, 0);
    // nine bundled reports, eight of places on the list; 平潭综合实验区 (a zone) is named apart
    expect(held).toBe(8);
    // the counts are kept until a report is written: a new 2023 report of 淮安市 is counted at once
    const { ingestBytes } = await import('@/lib/db/ingest');
    const { readFileSync } = await import('node:fs');
    const { pool } = await import('@/lib/db/client');
    const copy = readFileSync('data/reports/reference-text/huaian_city_2024.txt', 'utf8').replaceAll('2024', '2023');
    expect((await ingestBytes(pool, new TextEncoder().encode(copy), 'huaian-2023.txt')).status).toBe('saved');
    const after = provinceMatrix(await countHeldByProvince(2008, 2025), YEARS, TODAY).find((p) => p.province === '江苏省')!;
    expect(after.years.find((y) => y.year === 2023)!.held).toBe(2);
    const { listUnlistedJurisdictions } = await import('./list-unlisted-jurisdictions');
    expect((await listUnlistedJurisdictions()).map((j) => j.name)).toEqual(['平潭综合实验区']);
  });
});

describe('failed checks of a province', () => {
  it('江苏省 2023: 洪泽区’s report and the 淮安市 copy ingested above checked, 洪泽区’s failing its sums', async () => {
    const { countFailedChecks } = await import('../quality/count-failed-checks');
    const y2023 = await countFailedChecks('江苏省', 2023);
    expect(y2023.checked).toBe(2);
    expect(y2023.failed).toContainEqual({ id: 'sums', count: 1 });
    expect((await countFailedChecks('江苏省', 2024)).checked).toBe(2);
    expect(await countFailedChecks('江苏省', 2010)).toEqual({ checked: 0, failed: [] });
  });
});

describe('peer values', () => {
  it('the 2020 prefectures’ whole-jurisdiction reports, with the rates SQL computes equal to lib/figures', async () => {
    const { findPeerValues } = await import('../report/find-peer-values');
    const rows = await findPeerValues({ year: 2020, scope: 'aggregate', level: 'prefecture', province: null });
    expect(rows.map((r) => r.jurisdiction.name).sort()).toEqual(['宁波市', '阜阳市']);
    const fuyang = rows.find((r) => r.jurisdiction.name === '阜阳市')!;
    expect(fuyang.values['disclosure-rate']).toEqual({ value: (270 + 81) / 813, base: 813 });
    expect(fuyang.values['review-correction-rate']).toEqual({ value: 7 / 32, base: 32 });
    expect(fuyang.values['received-per-10k']).toEqual({ value: 850, base: null });
    expect(fuyang.failedKeys).toEqual([]);
    expect(fuyang.population).toBeGreaterThan(1_000_000);
    expect(await findPeerValues({ year: 2020, scope: 'agency', level: 'prefecture', province: '内蒙古自治区' })).toHaveLength(1);
  });

  it('names the figures of failed sum checks: 洪泽区 2023’s review and lawsuit-after-review totals', async () => {
    const { findPeerValues } = await import('../report/find-peer-values');
    const [hongze] = await findPeerValues({ year: 2023, scope: 'aggregate', level: 'district', province: '江苏省' });
    expect(hongze!.failedKeys).toEqual(expect.arrayContaining(['review.total', 'review.upheld', 'litigationAfterReview.total']));
    expect(hongze!.values['review-correction-rate']).toEqual({ value: null, base: 0 });
  });
});
