// Fair comparison with peers, pure: a report's key rates against those of its peer group (same
// year, same level, same scope — single offices only with single offices — in the same province or
// nationally), with the guardrails of lib/figures/rates.ts: a rate is ranked only on a base of at
// least its minimum and when no figure it reads failed a sum check; a group is shown only when at
// least MIN_PEERS peers have a ranked rate.

import type { Label } from '@/lib/figures/keys';
import {
  computeRate,
  perTenThousand,
  rateBase,
  rateDef,
  rateInputKeys,
  standingOf,
  type FigureLookup,
  type RateDef,
  type RateStanding,
} from '@/lib/figures/rates';
import type { PeerValues } from '@/lib/domain';

export interface PeerMeasure {
  id: string;
  rate: RateDef;
  /** The rate is a count shown per 10,000 residents. */
  perResident: boolean;
  label: Label;
}

const rate = (id: string) => rateDef(id)!;

export const PEER_MEASURES: readonly PeerMeasure[] = [
  { id: 'disclosure-rate', rate: rate('disclosure-rate'), perResident: false, label: rate('disclosure-rate') },
  { id: 'denial-rate', rate: rate('denial-rate'), perResident: false, label: rate('denial-rate') },
  { id: 'review-correction-rate', rate: rate('review-correction-rate'), perResident: false, label: rate('review-correction-rate') },
  {
    id: 'received-per-10k',
    rate: rate('received-total'),
    perResident: true,
    label: { zh: '每万人受理申请数', en: 'Applications per 10,000 residents' },
  },
];

export function peerMeasure(id: string): PeerMeasure | undefined {
  return PEER_MEASURES.find((m) => m.id === id);
}

/** A group is compared only when at least this many peers have a ranked value. */
export const MIN_PEERS = 5;

/** A report's standing on each measure. */
export interface PeerEntry {
  reportId: number;
  standings: Record<string, RateStanding>;
}

/** The standing of a measure from its value and base; per-resident measures take the population as their base. */
function measureStanding(
  m: PeerMeasure,
  value: number | null,
  base: number | null,
  failed: boolean,
  population: number | null,
): RateStanding {
  if (!m.perResident) return standingOf(m.rate, value, base, failed);
  return standingOf(m.rate, perTenThousand(value, population), population, failed);
}

const inputsFailed = (m: PeerMeasure, failedKeys: ReadonlySet<string>) => rateInputKeys(m.rate).some((k) => failedKeys.has(k));

/** A report from its figures (the page's own report). */
export function entryFromFigures(
  reportId: number,
  lookup: FigureLookup,
  failedKeys: ReadonlySet<string>,
  population: number | null,
): PeerEntry {
  return {
    reportId,
    standings: Object.fromEntries(
      PEER_MEASURES.map((m) => [
        m.id,
        measureStanding(m, computeRate(m.rate, lookup), rateBase(m.rate, lookup), inputsFailed(m, failedKeys), population),
      ]),
    ),
  };
}

/** A report from the values SQL computed (lib/db/queries/report/find-peer-values.ts). */
export function entryFromValues(row: PeerValues): PeerEntry {
  const failedKeys = new Set(row.failedKeys);
  return {
    reportId: row.reportId,
    standings: Object.fromEntries(
      PEER_MEASURES.map((m) => {
        const v = row.values[m.id] ?? { value: null, base: null };
        return [m.id, measureStanding(m, v.value, v.base, inputsFailed(m, failedKeys), row.population)];
      }),
    ),
  };
}

export interface PeerStat {
  measure: PeerMeasure;
  self: RateStanding;
  /** Peers (the report itself left out) with a ranked value. */
  ranked: number;
  /** Peers left out by the guardrails: too few, failed sums. */
  tooFew: number;
  sumFailed: number;
  /** Shown only with at least MIN_PEERS ranked peers. */
  enough: boolean;
  median: number | null;
  min: number | null;
  max: number | null;
  /** 1 = highest, among the ranked peers and the report; null when the report itself is not ranked. */
  rank: number | null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Where `self` stands among `group` (which may include it: it is left out of its own peers). */
export function peerStats(self: PeerEntry, group: readonly PeerEntry[]): PeerStat[] {
  const peers = group.filter((p) => p.reportId !== self.reportId);
  return PEER_MEASURES.map((measure) => {
    const standings = peers.map((p) => p.standings[measure.id]!);
    const values = standings.flatMap((s) => (s.kind === 'ranked' ? [s.value] : []));
    const own = self.standings[measure.id]!;
    const enough = values.length >= MIN_PEERS;
    return {
      measure,
      self: own,
      ranked: values.length,
      tooFew: standings.filter((s) => s.kind === 'tooFew').length,
      sumFailed: standings.filter((s) => s.kind === 'sumFailed').length,
      enough,
      median: enough ? median(values) : null,
      min: enough ? Math.min(...values) : null,
      max: enough ? Math.max(...values) : null,
      rank: enough && own.kind === 'ranked' ? 1 + values.filter((v) => v > own.value).length : null,
    };
  });
}

/** A province's reports ranked on one measure: ranked ones by value (highest first), then those the guardrails leave out. */
export function rankOn(
  measure: PeerMeasure,
  rows: readonly PeerValues[],
): { row: PeerValues; standing: RateStanding; rank: number | null }[] {
  const entries = rows.map((row) => ({ row, standing: entryFromValues(row).standings[measure.id]! }));
  const ranked = entries.filter((e) => e.standing.kind === 'ranked').sort((a, b) => value(b.standing) - value(a.standing));
  const rest = entries.filter((e) => e.standing.kind !== 'ranked');
  return [
    ...ranked.map((e) => ({ ...e, rank: 1 + ranked.filter((o) => value(o.standing) > value(e.standing)).length })),
    ...rest.map((e) => ({ ...e, rank: null })),
  ];
}

function value(s: RateStanding): number {
  return s.kind === 'ranked' ? s.value : -Infinity;
}
