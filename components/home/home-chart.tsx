// The home chart card: year picker (links), the ranked bars (the compare page's bar kind, built
// from the same rows with the same marks and labels), the legend of marks and the data table (the
// chart's accessible alternative, rendered on the server).

import Link from 'next/link';
import { drawChart } from '@/components/charts/chart-kinds';
import { FlagMarks } from '@/components/compare/flag-marks';
import { MarksLegend } from '@/components/compare/marks-legend';
import type { HomeOverview } from '@/lib/compare/home';
import { toTableRows } from '@/lib/compare/table-rows';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import styles from './home-chart.module.css';

export function HomeChart({ overview, lang }: { overview: HomeOverview; lang: Lang }) {
  const m = compareMessages[lang];
  const year = overview.year!;
  const title = m.home.chartTitle(year);
  const chart = drawChart(overview.chart, { unit: 'count', lang, title, missingLabel: m.missing });
  const rows = toTableRows(overview.chart.rows, lang, null);
  return (
    <section aria-labelledby="home-chart-title" className="rounded-sm border border-rule bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 border-b border-rule px-5 py-4">
        <div>
          <h2 id="home-chart-title" className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          <p className="mt-0.5 text-xs text-ink-mute">{m.home.chartUnit}</p>
          {overview.barTotal > overview.chart.rows.length ? (
            <p className="mt-0.5 text-xs text-ink-mute" data-testid="home-bars-cut">
              {m.home.barsCut(formatNumber(overview.chart.rows.length, lang), formatNumber(overview.barTotal, lang))}{' '}
              <Link href={withLang(`/compare?y=${year}`, lang)}>{m.home.barsCutLink}</Link>
            </p>
          ) : null}
        </div>
        <nav aria-label={m.home.yearPicker} className="flex flex-wrap items-center gap-1 text-sm">
          <span className="mr-1 text-xs text-ink-mute">{m.home.yearPicker}</span>
          {overview.years.map((y) => (
            <Link
              key={y.year}
              href={withLang(`/?y=${y.year}`, lang)}
              aria-current={y.year === year ? 'true' : undefined}
              title={m.home.reportsIn(y.reports)}
              className={`rounded-sm px-2.5 py-1 tabular no-underline ${y.year === year ? 'bg-ink text-white' : 'text-ink-soft hover:bg-wash'}`}
            >
              {y.year}
            </Link>
          ))}
        </nav>
      </div>
      <div className="px-3 pb-2 pt-4" data-chart-root data-testid="home-chart">
        <div style={{ height: chart.height }}>{chart.element}</div>
      </div>
      <MarksLegend lang={lang} />
      <details className="border-t border-rule px-5 py-3 text-sm">
        <summary className="cursor-pointer text-ink-soft hover:text-ink">{m.table.show}</summary>
        <table className={`mt-3 w-full max-w-2xl border-collapse text-sm ${styles.table}`}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-ink text-left text-xs text-ink-mute">
              <th scope="col" className="py-1.5 pr-4 font-medium">
                {m.table.jurisdiction}
              </th>
              <th scope="col" className="py-1.5 pr-4 text-right font-medium">
                {m.table.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reportId}>
                <th scope="row">
                  <Link href={withLang(`/j/${r.slug}`, lang)}>{r.label}</Link>
                </th>
                <td>
                  {r.value === null ? <span className="italic text-ink-mute">{m.missing}</span> : formatNumber(r.value, lang)}
                  <FlagMarks flags={r.flags ?? []} lang={lang} labels={m.marks} idPrefix={`home-${r.reportId}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
