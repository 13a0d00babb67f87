// The derived rates of one report, with their definitions and the previous year's value: cards
// drawn from the strings lib/tables/rate-cards.ts makes on the server, so the page's RSC payload
// carries them once instead of repeating each card's elements.
'use client';

import type { RateCardView } from '@/lib/tables/rate-card-view';
import styles from './rates-panel.module.css';
import standing from '@/components/quality/standing.module.css';

export function RatesPanel({ cards, note }: { cards: readonly RateCardView[]; note: string }) {
  return (
    <div>
      <dl className={`grid gap-px overflow-hidden rounded-md border border-rule bg-rule sm:grid-cols-2 lg:grid-cols-5 ${styles.rates}`}>
        {cards.map((card) => (
          // The definition is printed under the value (no title repeating it on the name).
          <div key={card.id} data-rate={card.id}>
            <dt>{card.name}</dt>
            <dd className={styles.value}>
              {card.noValue ? <span className={styles.noValue}>{card.value}</span> : card.value}
              {card.standing?.kind === 'sumFailed' ? <span className={styles.failed}>!</span> : null}
            </dd>
            {card.notComputed ? (
              <dd className={styles.why} data-testid="rate-not-computed">
                {card.notComputed}
              </dd>
            ) : null}
            {card.base ? (
              <dd className={standing.base} data-base={card.base.value}>
                {card.base.text}
              </dd>
            ) : null}
            {card.standing ? (
              <dd className={standing.standing} data-standing={card.standing.kind}>
                {card.standing.text}
                {card.standing.relations ? (
                  <span className={styles.relations} data-testid="failed-relations">
                    {card.standing.relations}
                  </span>
                ) : null}
              </dd>
            ) : null}
            <dd className={styles.definition}>{card.definition}</dd>
            {card.per10k ? <dd className={styles.small}>{card.per10k}</dd> : null}
            {card.prev ? <dd className={styles.small}>{card.prev}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-ink-mute">{note}</p>
    </div>
  );
}
