// The provenance of a figure as a small badge: 表格 / 语句 / 推算 (table / sentence / inferred).

import type { Lang } from '@/lib/figures/keys';
import type { ProvenanceKind } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import styles from './provenance-badge.module.css';

export function ProvenanceBadge({ kind, lang, compact }: { kind: ProvenanceKind; lang: Lang; compact?: boolean }) {
  const m = drilldownMessages[lang].badge;
  return (
    <span className={`${styles.badge} ${styles[kind]}`} title={m[kind]} data-provenance={kind}>
      {compact ? (
        <>
          <span aria-hidden>{m.short[kind]}</span>
          <span className="sr-only">{m[kind]}</span>
        </>
      ) : (
        m[kind]
      )}
    </span>
  );
}
