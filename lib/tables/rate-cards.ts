// The derived rates of /j's open report as its cards print them, in one language: the value (or
// "not computed" and why), the base, why it is not ranked, the definition, per 10,000 residents and
// last year's value. Plain strings, so the page hands them once to the client cards
// (components/tables/rates-panel.tsx) instead of a server tree its RSC payload would repeat element
// by element. Pure; run on the server.

import type { Lang } from '@/lib/figures/keys';
import { formatDerived, formatNumber } from '@/lib/i18n/format';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { RateCardView, UnrankedNote } from './rate-card-view';
import type { RateRow } from './rates';
import { unrankedNote } from './unranked-note';

export function toRateCards(rows: readonly RateRow[], prevYear: number | null, lang: Lang): RateCardView[] {
  const m = qualityMessages[lang];
  return rows.map(({ rate, value, prev, per10k, standing, failedRelations, notComputed }) => ({
    id: rate.id,
    name: rate[lang],
    // Not the notation's "—" (a figure not in the format): the words, with the reason under them.
    ...(value === null && notComputed
      ? { value: compareMessages[lang].noValue.notComputed, noValue: true as const }
      : { value: formatDerived(value, rate.unit, lang) }),
    ...(notComputed ? { notComputed: notComputed[lang] } : {}),
    ...(standing.base !== null && rate.denominatorLabel
      ? { base: { value: standing.base, text: m.base(rate.denominatorLabel[lang], formatNumber(standing.base, lang)) } }
      : {}),
    ...withNote(unrankedNote(standing, lang), failedRelations, lang),
    definition: rate.definition[lang],
    ...(per10k !== null
      ? { per10k: lang === 'zh' ? `每万人 ${formatNumber(per10k, lang)}` : `${formatNumber(per10k, lang)} per 10,000 residents` }
      : {}),
    ...(prev !== undefined && prevYear ? { prev: drilldownMessages[lang].cell.prev(prevYear, formatDerived(prev, rate.unit, lang)) } : {}),
  }));
}

/** The card's note on why it is not ranked, naming the failed sum checks. */
function withNote(note: UnrankedNote | null, failed: RateRow['failedRelations'], lang: Lang): Pick<RateCardView, 'standing'> {
  if (!note) return {};
  return {
    standing: {
      ...note,
      ...(note.kind === 'sumFailed' && failed.length ? { relations: failed.map((r) => r[lang]).join(lang === 'zh' ? ';' : '; ') } : {}),
    },
  };
}
