// One division-year's coverage status as a small coloured mark with its name for screen readers
// and as a tooltip, and the legend of the marks.

import type { CoverageStatus } from '@/lib/coverage';
import { STATUSES } from '@/lib/coverage';
import type { Lang } from '@/lib/figures/keys';
import { qualityMessages } from '@/lib/i18n/messages/quality';

const STATUS_MARK: Record<CoverageStatus, string> = {
  passing: '✓',
  failing: '!',
  unchecked: '?',
  agencyOnly: '部',
  // Not the notation's "—" (a figure not in a report's format), which the footer of the same page explains.
  notHeld: '○',
  notDue: '·',
};

/** The mark of a status in the page's language: 部(门) reads as nothing to an English reader, S (single office) does. */
function markOf(status: CoverageStatus, lang: Lang): string {
  return status === 'agencyOnly' && lang === 'en' ? 'S' : STATUS_MARK[status];
}

/** The mark's classes (app/globals.css). */
const markClass = (status: CoverageStatus) => `status-mark mark-${status}`;

export function StatusMark({ status, lang }: { status: CoverageStatus; lang: Lang }) {
  const label = qualityMessages[lang].coverage.status[status];
  return (
    <span className={markClass(status)} title={label}>
      <span aria-hidden="true">{markOf(status, lang)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * A division-year cell of a coverage grid: the mark named by its status (tooltip and screen readers),
 * a plain link to the year's report when one is held — hundreds a page, none worth a client-side
 * Link and its prefetch.
 */
export function StatusCell({ status, year, href, lang }: { status: CoverageStatus; year: number; href: string | null; lang: Lang }) {
  const label = qualityMessages[lang].coverage.status[status];
  return (
    <td className="px-1 py-1 text-center" data-year={year} data-status={status}>
      {href ? (
        <a href={href} className={markClass(status)} title={label} aria-label={label}>
          {markOf(status, lang)}
        </a>
      ) : (
        <span className={markClass(status)} title={label} role="img" aria-label={label}>
          {markOf(status, lang)}
        </span>
      )}
    </td>
  );
}

export function StatusLegend({ lang }: { lang: Lang }) {
  const m = qualityMessages[lang].coverage;
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-soft" data-testid="coverage-legend">
      {STATUSES.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden="true" className={markClass(s)}>
            {markOf(s, lang)}
          </span>
          {m.status[s]}
        </li>
      ))}
    </ul>
  );
}
