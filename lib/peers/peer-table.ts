// Where /j's open report stands among its peers, as its table prints it, in one language: for each
// measure its own value with its base (or why it is not ranked), and per peer group the median, the
// range and its rank — only with at least five ranked peers. Plain strings, so the page hands them
// once to the client table (components/quality/peer-panel.tsx) instead of a server tree its RSC
// payload would repeat element by element. Pure; run on the server.

import type { Lang } from '@/lib/figures/keys';
import type { RateStanding } from '@/lib/figures/rates';
import { formatDerived, formatNumber } from '@/lib/i18n/format';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { PeerMeasure, PeerStat } from '.';
import { unrankedNote } from '@/lib/tables/unranked-note';
import type { PeerOwnView, PeerTableView } from './peer-table-view';

/** A peer group as the page names it ("江苏省区县", "全国区县"), with its stats per measure. */
export interface PeerGroup {
  id: string;
  label: string;
  stats: PeerStat[];
}

function ownView(measure: PeerMeasure, standing: RateStanding, lang: Lang): PeerOwnView {
  const m = qualityMessages[lang];
  const note = unrankedNote(standing, lang);
  const value = standing.kind === 'missing' ? null : standing.value;
  const baseLabel = measure.perResident ? null : measure.rate.denominatorLabel?.[lang];
  return {
    ...(value === null
      ? { value: compareMessages[lang].noValue.notComputed, noValue: true as const }
      : { value: formatDerived(value, measure.rate.unit, lang) }),
    ...(standing.base !== null
      ? { base: baseLabel ? m.base(baseLabel, formatNumber(standing.base, lang)) : m.peers.population(formatNumber(standing.base, lang)) }
      : {}),
    ...(note ? { standing: note } : {}),
  };
}

export function toPeerTable(groups: readonly PeerGroup[], agency: boolean, lang: Lang): PeerTableView {
  const m = qualityMessages[lang].peers;
  const show = (measure: PeerMeasure, value: number | null) => formatDerived(value, measure.rate.unit, lang);
  return {
    head: { measure: m.measure, self: m.self, groups: groups.map((g) => ({ id: g.id, label: g.label })) },
    rows: (groups[0]?.stats ?? []).map((s, i) => ({
      id: s.measure.id,
      label: s.measure.label[lang],
      definition: s.measure.rate.definition[lang],
      own: ownView(s.measure, s.self, lang),
      cells: groups.map((g) => {
        const stat = g.stats[i]!;
        return {
          group: g.id,
          enough: stat.enough,
          ...(stat.enough
            ? {
                median: m.median(show(s.measure, stat.median)),
                range: m.range(show(s.measure, stat.min), show(s.measure, stat.max)),
                ...(stat.rank !== null ? { rank: m.rank(stat.rank, stat.ranked + 1) } : {}),
              }
            : { notEnough: m.notEnough(stat.ranked) }),
          ...(stat.tooFew || stat.sumFailed ? { leftOut: m.leftOut(stat.tooFew, stat.sumFailed) } : {}),
        };
      }),
    })),
    note: agency ? `${m.note} ${m.agencyNote}` : m.note,
  };
}
