// The selected figure: label, value, provenance badge, the text it was read from, the rule.
'use client';

import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { formatValue } from '@/lib/i18n/format';
import { ProvenanceBadge } from '@/components/tables/provenance-badge';

export function FigureDetail({ figure, lang, onClear }: { figure: FigureView; lang: Lang; onClear: () => void }) {
  const m = drilldownMessages[lang];
  const explain = figure.provenance === 'table' ? m.cell.table : m.cell[figure.provenance];
  return (
    <div className="rounded-md border border-accent bg-accent-soft p-3 text-sm" data-testid="figure-detail" aria-live="polite">
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium text-ink">{figureLabel(figure.key, lang)}</p>
        <button type="button" onClick={onClear} className="text-xs text-accent hover:underline">
          {m.report.clear}
        </button>
      </div>
      <p className="tabular mt-1 text-2xl font-semibold text-ink">
        {figure.value === null ? figure.raw?.trim() || m.cell.blankMark : formatValue(figure.value, 'count', lang)}
        <ProvenanceBadge kind={figure.provenance} lang={lang} />
      </p>
      <p className="mt-1 text-xs text-ink-soft">{explain}</p>
      {figure.raw ? <p className="mt-1 text-xs text-ink-soft">{m.cell.raw(figure.raw)}</p> : null}
      {figure.basis ? <p className="mt-1 text-xs text-ink-soft">{m.cell.basis(figure.basis)}</p> : null}
      <p className="mt-1 font-mono text-[0.7rem] text-ink-mute">
        {figure.key} · {figure.rule}
        {figure.span ? ` · [${figure.span[0]}, ${figure.span[1]})` : ` · ${m.report.noSpan}`}
      </p>
    </div>
  );
}
