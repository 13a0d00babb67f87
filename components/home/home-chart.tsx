// The home chart card: year picker (links), the ranked bars (the compare page's bar kind, built
// from the same rows with the same marks and labels), the legend of marks and the data table (the
// chart's accessible alternative): bars and table drawn from one set of rows by ./home-bars.tsx.

import Link from 'next/link';
import { MarksLegend } from '@/components/compare/marks-legend';
import type { HomeOverview } from '@/lib/compare/home';
import { toTableRows } from '@/lib/compare/table-rows';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import styles from './home-chart.module.css';
import { HomeBars } from './home-bars';

export function HomeChart({ overview, lang }: { overview: HomeOverview; lang: Lang }) {
  const m = compareMessages[lang];
  const year = overview.year!;
  const title = m.home.chartTitle(year);
  // The home table prints no year column: its rows travel without one.
  const rows = toTableRows(overview.chart.rows, lang, null).map(({ year: _year, ...row }) => row);
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
              {...(y.year === year ? { 'aria-current': 'true' as const } : {})}
              title={m.home.reportsIn(y.reports)}
              className={styles.year}
            >
              {y.year}
            </Link>
          ))}
        </nav>
      </div>
      <HomeBars
        title={title}
        rows={rows}
        lang={lang}
        legend={<MarksLegend lang={lang} />}
        compareHref={withLang(`/compare?y=${year}`, lang)}
      />
    </section>
  );
}
