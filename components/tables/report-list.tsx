// A jurisdiction's reports by year: whole-jurisdiction reports and single offices apart, the open
// one marked, failed checks flagged. A client leaf: the page sends each report's few fields and its
// link once (lib/tables/report-choice.ts: listEntry), grouped by year, drawn from them into the
// HTML; the RSC payload carries no tree of the list.
'use client';

import Link from 'next/link';
import type { Lang } from '@/lib/figures/keys';
import { commonMessages } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import type { ListEntry, YearReports } from '@/lib/tables/report-choice';

function ReportLink({ report, current, lang }: { report: ListEntry; current: boolean; lang: Lang }) {
  const c = commonMessages[lang];
  const m = drilldownMessages[lang];
  return (
    <Link
      href={report.href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded-md border px-3 py-2 text-sm no-underline transition-colors ${current ? 'border-accent bg-accent-soft text-ink' : 'border-rule bg-white text-ink hover:border-accent'}`}
    >
      <span className="font-medium">{report.body}</span>
      <span className="ml-2 text-xs text-ink-mute">{m.report.format[report.format]}</span>
      {report.scope === 'agency' ? (
        <span className="ml-2 rounded bg-warn-soft px-1.5 py-0.5 text-xs text-warn" title={c.scopeHint.agency}>
          {c.scope.agency}
        </span>
      ) : null}
      {report.errorCount > 0 ? (
        <span
          className="ml-2 rounded bg-oi-vermillion/10 px-1.5 py-0.5 text-xs text-oi-vermillion"
          title={c.checksFailedHint(report.errorCount)}
        >
          {c.checksFailed} · {report.errorCount}
        </span>
      ) : null}
    </Link>
  );
}

export function ReportList({
  years,
  currentId,
  lang,
}: {
  /** The reports by year, newest first (lib/tables/report-choice.ts: reportsByYear). */
  years: readonly YearReports<ListEntry>[];
  currentId: number | null;
  lang: Lang;
}) {
  const c = commonMessages[lang];
  const m = drilldownMessages[lang];
  return (
    <ol className="grid gap-3">
      {years.map((y) => (
        <li key={y.year} className="grid gap-2 sm:grid-cols-[5rem_1fr] sm:items-start">
          <h3 className="tabular pt-2 text-base font-semibold text-ink">{m.jurisdiction.year(y.year)}</h3>
          <div className="grid gap-2 sm:grid-cols-2">
            {(['aggregate', 'agency'] as const).map((scope) =>
              y[scope].length ? (
                <div key={scope}>
                  <p className="mb-1 text-xs font-medium uppercase tracking-wide text-ink-mute">{c.scope[scope]}</p>
                  <ul className="grid gap-1.5">
                    {y[scope].map((r) => (
                      <li key={r.id}>
                        <ReportLink report={r} current={r.id === currentId} lang={lang} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
