// Beside a rate: its base, and why it is not ranked when it is not (样本太少 with the base; a sum
// check its figures failed). lib/figures/rates.ts decides; this only says it.

import type { Label, Lang } from '@/lib/figures/keys';
import type { RateDef, RateStanding } from '@/lib/figures/rates';
import { formatNumber } from '@/lib/i18n';
import { qualityMessages } from '@/lib/i18n/messages/quality';

export function RateGuard({
  rate,
  standing,
  relations = [],
  lang,
}: {
  rate: RateDef;
  standing: RateStanding;
  /** The failed sum relations its figures are in, named beside "not ranked". */
  relations?: readonly Label[];
  lang: Lang;
}) {
  const m = qualityMessages[lang];
  const base = standing.base;
  return (
    <>
      {base !== null && rate.denominatorLabel ? (
        <dd className="tabular text-[0.7rem] text-ink-soft" data-base={base}>
          {m.base(rate.denominatorLabel[lang], formatNumber(base, lang))}
        </dd>
      ) : null}
      {standing.kind === 'tooFew' || standing.kind === 'sumFailed' ? (
        <dd className="text-[0.7rem] font-medium text-warn" data-standing={standing.kind}>
          {standing.kind === 'tooFew' ? m.tooFew : m.sumFailed}
          {standing.kind === 'sumFailed' && relations.length ? (
            <span className="block font-normal" data-testid="failed-relations">
              {relations.map((r) => r[lang]).join(lang === 'zh' ? ';' : '; ')}
            </span>
          ) : null}
        </dd>
      ) : null}
    </>
  );
}
