// One division-year's coverage status as a small coloured mark with its name for screen readers
// and as a tooltip, and the legend of the marks.

import type { CoverageStatus } from '@/lib/coverage';
import { STATUSES } from '@/lib/coverage';
import type { Lang } from '@/lib/figures/keys';
import { qualityMessages } from '@/lib/i18n/messages/quality';

export const STATUS_MARK: Record<CoverageStatus, { mark: string; className: string }> = {
  passing: { mark: '✓', className: 'bg-oi-green/15 text-ink' },
  failing: { mark: '!', className: 'bg-oi-vermillion/15 text-oi-vermillion font-bold' },
  unchecked: { mark: '?', className: 'bg-wash text-ink-soft' },
  agencyOnly: { mark: '部', className: 'bg-oi-sky/20 text-ink' },
  notHeld: { mark: '—', className: 'text-ink-mute' },
  notDue: { mark: '·', className: 'text-ink-mute' },
};

export function StatusMark({ status, lang }: { status: CoverageStatus; lang: Lang }) {
  const label = qualityMessages[lang].coverage.status[status];
  const { mark, className } = STATUS_MARK[status];
  return (
    <span className={`inline-block min-w-5 rounded px-1 text-center text-xs ${className}`} title={label}>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

export function StatusLegend({ lang }: { lang: Lang }) {
  const m = qualityMessages[lang].coverage;
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-soft" data-testid="coverage-legend">
      {STATUSES.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block min-w-5 rounded px-1 text-center ${STATUS_MARK[s].className}`}>
            {STATUS_MARK[s].mark}
          </span>
          {m.status[s]}
        </li>
      ))}
    </ul>
  );
}
