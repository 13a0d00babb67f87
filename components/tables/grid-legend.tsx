// The key to the cell styles of the figure grids. A client leaf though it never changes: its
// words are in the grids' bundle already, so the page sends `lang` for it, not its tree again.
'use client';

import type { Lang } from '@/lib/figures/keys';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NO_NUMBERS, NOTATION } from '@/lib/i18n/notation';
import { NO_NUMBER_STATUS } from '@/lib/tables/types';
import { STATUS_CLASS } from './cell-styles';
import { ProvenanceBadge } from './provenance-badge';

const SAMPLES = [
  ['narrative', '12'],
  ['inferred', '12'],
  ['sum', 'Σ12'],
] as const;

export function GridLegend({ lang, badges }: { lang: Lang; badges?: boolean }) {
  const m = drilldownMessages[lang];
  return (
    <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-ink-soft" aria-label={m.grid.legend}>
      {SAMPLES.map(([status, sample]) => (
        <div key={status} className="flex items-center gap-1.5">
          <dt className={`tabular inline-block min-w-7 rounded px-1 text-center ${STATUS_CLASS[status]}`}>{sample}</dt>
          <dd>{m.grid.legendItems[status]}</dd>
        </div>
      ))}
      {NO_NUMBERS.map((k) => (
        <div key={k} className="flex items-center gap-1.5" data-notation={k}>
          <dt className={`tabular inline-block min-w-7 rounded px-1 text-center ${STATUS_CLASS[NO_NUMBER_STATUS[k]]}`}>
            {NOTATION[k].mark}
          </dt>
          <dd>{NOTATION[k][lang]}</dd>
        </div>
      ))}
      {badges
        ? (['table', 'narrative', 'inferred'] as const).map((kind) => (
            <div key={kind} className="flex items-center gap-1.5">
              <dt>
                <ProvenanceBadge kind={kind} lang={lang} compact />
              </dt>
              <dd>{m.badge[kind]}</dd>
            </div>
          ))
        : null}
    </dl>
  );
}
