// The head of the report page: title, jurisdiction, meta fields, and the original file to download.

import Link from 'next/link';
import type { Lang } from '@/lib/figures/keys';
import type { ReportView } from '@/lib/domain';
import { commonMessages, withLang } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { placeLabel, provinceLabel } from '@/lib/places/english';

export function ReportHeader({ report, lang }: { report: ReportView; lang: Lang }) {
  const m = drilldownMessages[lang];
  const c = commonMessages[lang];
  const meta: [string, string | null][] = [
    [m.report.meta.body, report.body],
    [m.report.meta.year, String(report.year)],
    [m.report.meta.scope, c.scope[report.scope]],
    [m.report.meta.format, m.report.format[report.format] ?? report.format],
    [m.report.meta.published, report.publishedOn],
    [m.report.meta.issuer, report.issuer],
    [m.report.meta.file, `${report.sourceFileName} (${report.sourceFileType})`],
    [m.report.meta.parser, report.parserVersion],
  ];
  return (
    <header className="mb-8">
      <p className="mb-2 text-xs font-semibold uppercase tracking-[0.14em] text-accent" data-testid="report-kicker">
        {m.report.kicker} ·{' '}
        <Link href={withLang(`/j/${report.jurisdiction.slug}`, lang)} className="normal-case">
          {placeLabel(report.jurisdiction, lang)}
        </Link>
        {report.jurisdiction.province ? ` · ${provinceLabel(report.jurisdiction.province, lang)}` : ''}
      </p>
      <h1 className="max-w-4xl text-2xl font-bold leading-tight tracking-tight text-ink sm:text-3xl">
        {report.title ?? `${report.body} ${report.year} 年政府信息公开工作年度报告`}
      </h1>
      {report.scope === 'agency' ? <p className="mt-2 max-w-3xl text-sm text-warn">{c.scopeHint.agency}</p> : null}
      {report.errorCount > 0 ? <p className="mt-2 text-sm text-oi-vermillion">{c.checksFailedHint(report.errorCount)}</p> : null}
      <dl className="mt-4 grid max-w-5xl grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        {meta
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-ink-mute">{label}</dt>
              {/* A long name breaks where it must, not inside every word ("(t" / "xt)"). */}
              <dd className="text-ink wrap-anywhere">{value}</dd>
            </div>
          ))}
      </dl>
      <p className="mt-4">
        <a
          href={`/reports/${report.id}/original`}
          download
          className="inline-flex items-center gap-1.5 rounded-md border border-accent bg-white px-3 py-1.5 text-sm font-medium no-underline hover:bg-accent-soft"
        >
          <span aria-hidden>↓</span> {m.report.download}
        </a>
      </p>
      {report.sources.length > 1 || report.sources.some((s) => s.documentUrl) ? <SourceList report={report} lang={lang} /> : null}
    </header>
  );
}

/** Every file the report was read from, the one whose figures are shown first. */
function SourceList({ report, lang }: { report: ReportView; lang: Lang }) {
  const m = drilldownMessages[lang].report;
  return (
    <section aria-labelledby="sources-title" className="mt-4 max-w-5xl text-sm" data-testid="report-sources">
      <h2 id="sources-title" className="text-xs text-ink-mute">
        {m.sources}
      </h2>
      <p className="mb-1 text-xs text-ink-mute">{m.sourcesNote}</p>
      <ul className="space-y-1">
        {report.sources.map((source) => (
          <li key={source.id} data-shown={source.shown}>
            <a href={source.originalUrl} download className="break-all">
              {source.fileName}
            </a>{' '}
            {source.shown ? <span className="rounded bg-accent-soft px-1.5 text-xs font-semibold text-accent">{m.sourceShown}</span> : null}{' '}
            <span className="text-ink-mute">{m.sourceFacts(source.fileType, source.encoding, source.tableFigures, source.ingestedAt)}</span>
            {source.documentUrl ? (
              <>
                {' · '}
                <a href={source.documentUrl} rel="noopener noreferrer nofollow">
                  {m.sourceLink}
                </a>
                {source.goneSince ? <span className="text-ink-mute"> ({m.sourceGone(source.goneSince)})</span> : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
