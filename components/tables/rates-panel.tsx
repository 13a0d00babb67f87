// The derived rates of one report, with their definitions and the previous year's value.

import type { Lang } from '@/lib/figures/keys';
import { formatDerived, formatNumber } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { RateGuard } from '@/components/quality/rate-guard';
import type { RateRow } from '@/lib/tables/rates';
import styles from './rates-panel.module.css';

export function RatesPanel({ rows, prevYear, lang }: { rows: readonly RateRow[]; prevYear: number | null; lang: Lang }) {
  const m = drilldownMessages[lang];
  return (
    <div>
      <dl className={`grid gap-px overflow-hidden rounded-md border border-rule bg-rule sm:grid-cols-2 lg:grid-cols-5 ${styles.rates}`}>
        {rows.map(({ rate, value, prev, per10k, standing, failedRelations, notComputed }) => (
          // The definition is printed under the value (no title repeating it on the name).
          <div key={rate.id} data-rate={rate.id}>
            <dt>{rate[lang]}</dt>
            <dd className={styles.value}>
              {/* Not the notation's "—" (a figure not in the format): the words, with the reason under them. */}
              {value === null && notComputed ? (
                <span className="text-base font-normal italic text-ink-mute">{compareMessages[lang].noValue.notComputed}</span>
              ) : (
                formatDerived(value, rate.unit, lang)
              )}
              {standing.kind === 'sumFailed' ? <span className="ml-0.5 text-warn">!</span> : null}
            </dd>
            {notComputed ? (
              <dd className="text-[0.7rem] text-ink-soft" data-testid="rate-not-computed">
                {notComputed[lang]}
              </dd>
            ) : null}
            <RateGuard rate={rate} standing={standing} relations={failedRelations} lang={lang} />
            <dd className={styles.definition}>{rate.definition[lang]}</dd>
            {per10k !== null ? (
              <dd className="tabular text-[0.7rem] text-ink-mute">
                {lang === 'zh' ? `每万人 ${formatNumber(per10k, lang)}` : `${formatNumber(per10k, lang)} per 10,000 residents`}
              </dd>
            ) : null}
            {prev !== undefined && prevYear ? (
              <dd className="tabular text-[0.7rem] text-ink-mute">{m.cell.prev(prevYear, formatDerived(prev, rate.unit, lang))}</dd>
            ) : null}
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-ink-mute">{m.jurisdiction.ratesNote}</p>
    </div>
  );
}
