// Where a report stands among its peers on the key rates: its value with its base (or why it is
// not ranked), and for each peer group the median, the range and its rank — only with at least
// five ranked peers. Server-rendered.

import type { Lang } from '@/lib/figures/keys';
import type { RateStanding } from '@/lib/figures/rates';
import { formatDerived, formatNumber } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { PeerMeasure, PeerStat } from '@/lib/peers';

export interface PeerGroupView {
  id: string;
  label: string;
  stats: PeerStat[];
}

function show(measure: PeerMeasure, value: number | null, lang: Lang): string {
  return formatDerived(value, measure.rate.unit, lang);
}

function Own({ measure, standing, lang }: { measure: PeerMeasure; standing: RateStanding; lang: Lang }) {
  const m = qualityMessages[lang];
  const value = standing.kind === 'missing' ? null : standing.value;
  const baseLabel = measure.perResident ? null : measure.rate.denominatorLabel?.[lang];
  return (
    <>
      {value === null ? (
        <span className="italic text-ink-mute">{compareMessages[lang].noValue.notComputed}</span>
      ) : (
        <span className="tabular font-semibold text-ink">{show(measure, value, lang)}</span>
      )}
      {standing.base !== null ? (
        <span className="tabular block text-[0.7rem] text-ink-soft">
          {baseLabel ? m.base(baseLabel, formatNumber(standing.base, lang)) : m.peers.population(formatNumber(standing.base, lang))}
        </span>
      ) : null}
      {standing.kind === 'tooFew' || standing.kind === 'sumFailed' ? (
        <span className="block text-[0.7rem] font-medium text-warn" data-standing={standing.kind}>
          {standing.kind === 'tooFew' ? m.tooFew : m.sumFailed}
        </span>
      ) : null}
    </>
  );
}

export function PeerPanel({ groups, agency, lang }: { groups: readonly PeerGroupView[]; agency: boolean; lang: Lang }) {
  const m = qualityMessages[lang].peers;
  const measures = groups[0]?.stats ?? [];
  return (
    <div data-testid="peer-panel">
      <div className="relative overflow-x-auto rounded-md border border-rule bg-white">
        <table className="min-w-full text-sm">
          <thead className="border-b border-rule bg-wash text-xs text-ink-soft">
            <tr>
              <th className="px-3 py-2 text-left font-medium">{m.measure}</th>
              <th className="px-3 py-2 text-left font-medium">{m.self}</th>
              {groups.map((g) => (
                <th key={g.id} className="px-3 py-2 text-left font-medium">
                  {g.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((s, i) => (
              <tr key={s.measure.id} className="border-b border-rule/60 align-top" data-measure={s.measure.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-ink" title={s.measure.rate.definition[lang]}>
                  {s.measure.label[lang]}
                </th>
                <td className="px-3 py-2">
                  <Own measure={s.measure} standing={s.self} lang={lang} />
                </td>
                {groups.map((g) => {
                  const stat = g.stats[i]!;
                  return (
                    <td key={g.id} className="px-3 py-2 text-xs text-ink-soft" data-group={g.id} data-enough={stat.enough}>
                      {stat.enough ? (
                        <>
                          <span className="tabular block text-sm text-ink">{m.median(show(s.measure, stat.median, lang))}</span>
                          <span className="tabular block">{m.range(show(s.measure, stat.min, lang), show(s.measure, stat.max, lang))}</span>
                          {stat.rank !== null ? (
                            <span className="tabular block font-medium text-ink">{m.rank(stat.rank, stat.ranked + 1)}</span>
                          ) : null}
                        </>
                      ) : (
                        <span className="block">{m.notEnough(stat.ranked)}</span>
                      )}
                      {stat.tooFew || stat.sumFailed ? (
                        <span className="block text-[0.7rem] text-ink-mute">{m.leftOut(stat.tooFew, stat.sumFailed)}</span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-ink-mute">
        {m.note} {agency ? m.agencyNote : null}
      </p>
    </div>
  );
}
