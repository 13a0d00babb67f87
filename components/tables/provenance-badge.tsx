// The provenance of a figure as a small badge: 表格 / 语句 / 推算 (table / sentence / inferred).

import type { Lang } from '@/lib/figures/keys';
import type { ProvenanceKind } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';

const KIND_CLASS: Record<ProvenanceKind, string> = {
  table: 'border-rule bg-white text-ink-soft',
  narrative: 'border-oi-sky bg-accent-soft text-accent',
  inferred: 'border-oi-orange bg-warn-soft text-warn',
};

export function ProvenanceBadge({ kind, lang, compact }: { kind: ProvenanceKind; lang: Lang; compact?: boolean }) {
  const m = drilldownMessages[lang].badge;
  return (
    <span
      className={`ml-1 inline-block rounded border px-1 align-middle text-[0.65rem] font-medium leading-4 ${KIND_CLASS[kind]}`}
      title={m[kind]}
      data-provenance={kind}
    >
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
