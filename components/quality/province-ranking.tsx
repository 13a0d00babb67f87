// /p/<province-slug>: the province's whole-jurisdiction reports ranked on one measure with the
// guardrails (those not ranked listed after, saying why, the base beside every value).

import Link from 'next/link';
import type { Lang } from '@/lib/figures/keys';
import type { RateStanding } from '@/lib/figures/rates';
import type { PeerValues } from '@/lib/domain';
import { formatDerived, formatNumber } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { placeLabel } from '@/lib/places/english';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { PeerMeasure } from '@/lib/peers';
import { jurisdictionHref } from '@/lib/view-state/jurisdiction-params';

export interface RankedRow {
  row: PeerValues;
  standing: RateStanding;
  rank: number | null;
}

export function ProvinceRanking({
  measure,
  rows,
  province,
  year,
  lang,
}: {
  measure: PeerMeasure;
  rows: readonly RankedRow[];
  /** The province ranked: names its places apart from places elsewhere that read alike. */
  province: string;
  year: number;
  lang: Lang;
}) {
  const q = qualityMessages[lang];
  const m = q.province;
  const levels = drilldownMessages[lang].jurisdiction.level;
  if (!rows.length) return <p className="text-sm text-ink-soft">{m.none}</p>;
  const show = (v: number | null) => formatDerived(v, measure.rate.unit, lang);
  const baseLabel = measure.perResident ? null : measure.rate.denominatorLabel?.[lang];
  return (
    <div className="relative overflow-x-auto rounded-md border border-rule bg-white">
      <table className="min-w-full text-sm" data-testid="province-ranking">
        <thead className="border-b border-rule bg-wash text-xs text-ink-soft">
          <tr>
            <th className="whitespace-nowrap px-3 py-2 text-right font-medium">{m.rank}</th>
            <th className="px-3 py-2 text-left font-medium">{m.body}</th>
            <th className="whitespace-nowrap px-3 py-2 text-left font-medium">{m.level}</th>
            <th className="px-3 py-2 text-right font-medium">{m.value}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, standing, rank }) => (
            <tr key={row.reportId} className="border-b border-rule/60 align-top" data-report={row.reportId} data-standing={standing.kind}>
              <td className="tabular px-3 py-1.5 text-right">{rank ?? <span className="text-ink-mute">{m.notRanked}</span>}</td>
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                <Link href={jurisdictionHref(row.jurisdiction.slug, { year, lang })}>
                  {placeLabel({ ...row.jurisdiction, province }, lang)}
                </Link>
                <span className="block text-xs font-normal text-ink-mute">{row.body}</span>
              </th>
              <td className="whitespace-nowrap px-3 py-1.5 text-ink-soft">{levels[row.jurisdiction.level] ?? row.jurisdiction.level}</td>
              <td className="tabular px-3 py-1.5 text-right">
                <span className="font-semibold text-ink">{show(standing.kind === 'missing' ? null : standing.value)}</span>
                {standing.base !== null ? (
                  <span className="block text-[0.7rem] text-ink-soft">
                    {baseLabel
                      ? q.base(baseLabel, formatNumber(standing.base, lang))
                      : q.peers.population(formatNumber(standing.base, lang))}
                  </span>
                ) : null}
                {standing.kind === 'tooFew' || standing.kind === 'sumFailed' ? (
                  <span className="block text-[0.7rem] font-medium text-warn">{standing.kind === 'tooFew' ? q.tooFew : q.sumFailed}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
