// Peer panels on groups built with the synthetic report generator (variants of the bundled reports
// whose sums hold), with the guardrails: too few, failed sums, fewer than five peers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticReports, type BaseReport } from '@/lib/db/testing/synthetic-reports';
import { parseReport } from '@/lib/parser';
import type { PeerValues } from '@/lib/domain';
import { computeRate, rateBase, type FigureLookup } from '@/lib/figures/rates';
import { entryFromFigures, entryFromValues, median, MIN_PEERS, PEER_MEASURES, peerStats, rankOn } from '.';
import { toPeerTable } from './peer-table';

const SEEDS = [
  'seeds/000-fuyang-2020.txt',
  'seeds/001-yiyang-2020.txt',
  'seeds/002-ningbo-2020.txt',
  'seeds/004-shangqiu-2017.txt',
  'reference-text/huaian_city_2024.txt',
];

function bases(): BaseReport[] {
  return SEEDS.map((file) => {
    const text = readFileSync(path.join(process.cwd(), 'data/reports', file), 'utf8');
    const outcome = parseReport(text);
    if (!outcome.ok) throw new Error(file);
    return { name: path.basename(file), text, result: outcome.result };
  });
}

const generator = syntheticReports(bases(), { seed: 7 });

/** The first variants in the 2019 and 2021 formats (the plan also makes pre-2019 reports, which print no tables). */
const TABLED = Array.from({ length: 200 }, (_, i) => i)
  .filter((i) => generator.variant(i).result.meta.format !== 'legacy')
  .slice(0, 12);

/** Variant i as the peer query returns it (values as SQL computes them from the same figures). */
function peerRow(
  i: number,
  changes: Record<string, number> = {},
  failedKeys: string[] = [],
  population: number | null = 500_000,
): PeerValues {
  const figures = { ...generator.variant(TABLED[i]!).result.figures, ...changes };
  const lookup: FigureLookup = (k) => figures[k];
  return {
    reportId: i + 1,
    jurisdiction: { slug: `p${i}`, name: `P${i}`, level: 'county' },
    body: `P${i}`,
    values: Object.fromEntries(PEER_MEASURES.map((m) => [m.id, { value: computeRate(m.rate, lookup), base: rateBase(m.rate, lookup) }])),
    failedKeys,
    population,
  };
}

/** The report and eight peers: six with 40 reviews, one with too few (3), one whose review figures fail a sum. */
function guardedGroup(): PeerValues[] {
  return [
    peerRow(0),
    ...Array.from({ length: 6 }, (_, i) => peerRow(i + 1, { 'review.total': 40, 'review.corrected': 4 + i })),
    peerRow(7, { 'review.total': 3, 'review.corrected': 3 }),
    peerRow(8, { 'review.total': 20, 'review.corrected': 19 }, ['review.total', 'review.upheld']),
  ];
}

describe('peer panel', () => {
  it('median and range of the ranked peers, the report left out of its own group, its rank (1 = highest)', () => {
    const group = Array.from({ length: 8 }, (_, i) => peerRow(i));
    const self = entryFromValues(group[0]!);
    const stats = peerStats(self, group.map(entryFromValues));
    const disclosure = stats.find((s) => s.measure.id === 'disclosure-rate')!;
    const others = group.slice(1).map((r) => r.values['disclosure-rate']!.value!);
    expect(disclosure.ranked).toBe(7);
    expect(disclosure.enough).toBe(true);
    expect(disclosure.median).toBe(median(others));
    expect(disclosure.min).toBe(Math.min(...others));
    expect(disclosure.max).toBe(Math.max(...others));
    const own = group[0]!.values['disclosure-rate']!.value!;
    expect(disclosure.rank).toBe(1 + others.filter((v) => v > own).length);
  });

  it('the same standing from the report’s figures as from the values SQL computed', () => {
    const row = peerRow(3);
    const figures = generator.variant(TABLED[3]!).result.figures;
    expect(entryFromFigures(row.reportId, (k) => figures[k], new Set(), row.population)).toEqual(entryFromValues(row));
  });

  it('is not shown with fewer than five ranked peers', () => {
    expect(MIN_PEERS).toBe(5);
    const group = Array.from({ length: 5 }, (_, i) => peerRow(i));
    const stats = peerStats(entryFromValues(group[0]!), group.map(entryFromValues));
    expect(stats.find((s) => s.measure.id === 'disclosure-rate')!.ranked).toBe(4);
    expect(stats.every((s) => s.ranked <= 4 && !s.enough && s.median === null && s.rank === null)).toBe(true);
    const six = Array.from({ length: 6 }, (_, i) => peerRow(i));
    expect(peerStats(entryFromValues(six[0]!), six.map(entryFromValues)).find((s) => s.measure.id === 'disclosure-rate')!.enough).toBe(
      true,
    );
  });

  it('guardrails: peers with too few reviews or failed sums are not ranked, and counted apart', () => {
    const group = guardedGroup();
    const stats = peerStats(entryFromValues(group[0]!), group.map(entryFromValues));
    const review = stats.find((s) => s.measure.id === 'review-correction-rate')!;
    expect(review).toMatchObject({ ranked: 6, tooFew: 1, sumFailed: 1, enough: true, max: 9 / 40, min: 4 / 40 });
    // the peer with the failed sum still counts for the measures its figures do not touch
    expect(stats.find((s) => s.measure.id === 'disclosure-rate')!.ranked).toBe(8);
  });

  it('the table as /j prints it: median, range and rank in words, the peers left out, too few to compare', () => {
    const group = guardedGroup();
    const self = entryFromValues(group[0]!);
    const groups = [
      { id: 'province', label: '江苏省区县', stats: peerStats(self, group.slice(0, 4).map(entryFromValues)) },
      { id: 'national', label: '全国区县', stats: peerStats(self, group.map(entryFromValues)) },
    ];
    const table = toPeerTable(groups, true, 'en');
    expect(table.head.groups.map((g) => g.label)).toEqual(['江苏省区县', '全国区县']);
    // An office's report says it is compared with offices only.
    expect(table.note).toMatch(/ Single offices are compared with single offices only\.$/);
    expect(toPeerTable(groups, false, 'en').note).not.toMatch(/Single offices are compared/);
    const review = table.rows.find((r) => r.id === 'review-correction-rate')!;
    const [province, national] = review.cells;
    expect(province).toMatchObject({ group: 'province', enough: false, notEnough: '3 comparable peers, fewer than 5: not compared' });
    expect(national).toMatchObject({ group: 'national', enough: true, range: expect.stringMatching(/10\.0%.*22\.5%/) });
    expect(national!.leftOut).toBe('1 too few and 1 with failed sums left out');
    expect(national!.median).toMatch(/%/);
  });

  it('per 10,000 residents: the population is the base; without it the count is not compared', () => {
    const group = Array.from({ length: 7 }, (_, i) => peerRow(i, {}, [], i === 6 ? null : 100_000 * (i + 1)));
    const stats = peerStats(entryFromValues(group[0]!), group.map(entryFromValues));
    const perResident = stats.find((s) => s.measure.id === 'received-per-10k')!;
    expect(perResident.ranked).toBe(5);
    expect(perResident.self).toMatchObject({ kind: 'ranked', base: 100_000 });
  });

  it('ranks a province’s reports on one measure, those left out by the guardrails after, unranked', () => {
    const rows = [
      peerRow(0),
      peerRow(1),
      peerRow(2, { 'review.total': 2, 'review.corrected': 2 }),
      peerRow(3, { 'review.total': 30, 'review.corrected': 3 }),
    ];
    const review = PEER_MEASURES.find((m) => m.id === 'review-correction-rate')!;
    const ranked = rankOn(review, rows);
    expect(ranked.at(-1)).toMatchObject({ rank: null, standing: { kind: 'tooFew', base: 2 } });
    const values = ranked.filter((r) => r.rank !== null).map((r) => (r.standing.kind === 'ranked' ? r.standing.value : NaN));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(ranked[0]!.rank).toBe(1);
  });
});
