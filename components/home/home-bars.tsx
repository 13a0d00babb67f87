// The home chart's bars and its data table (their accessible alternative), from one set of compact
// rows (lib/compare/table-rows): the page carries the figures once, not as the bars' props, the
// table's props and the table's HTML. The bars are drawn in the browser, as every chart; the table
// is built when its <details> is first opened (without script it offers the compare page, whose
// table is in its HTML).
'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { barChartHeight } from '@/components/charts/chart-size';
import { LazyRankedBarChart } from '@/components/charts/lazy-charts';
import { FlagMarks } from '@/components/compare/flag-marks';
import { tableRowBar } from '@/lib/compare/chart-data';
import type { TableRow } from '@/lib/compare/table-rows';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import styles from './home-chart.module.css';

type HomeRow = Omit<TableRow, 'year'>;

export function HomeBars({
  title,
  rows,
  lang,
  legend,
  compareHref,
}: {
  title: string;
  rows: readonly HomeRow[];
  lang: Lang;
  /** The key to the marks, between the bars and the table. */
  legend: ReactNode;
  /** The same view on the compare page. */
  compareHref: string;
}) {
  const m = compareMessages[lang];
  const [opened, setOpened] = useState(false);
  return (
    <>
      <div className="px-3 pb-2 pt-4" data-chart-root data-testid="home-chart">
        <div style={{ height: barChartHeight(rows.length) }}>
          <LazyRankedBarChart unit="count" lang={lang} title={title} rows={rows.map(tableRowBar)} />
        </div>
      </div>
      {legend}
      <details className="border-t border-rule px-5 py-3 text-sm" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="cursor-pointer text-ink-soft hover:text-ink">{m.table.show}</summary>
        {opened ? (
          <HomeTable title={title} rows={rows} lang={lang} />
        ) : (
          <noscript>
            <p className="mt-3">
              <a href={compareHref}>{m.home.barsCutLink}</a>
            </p>
          </noscript>
        )}
      </details>
    </>
  );
}

function HomeTable({ title, rows, lang }: { title: string; rows: readonly HomeRow[]; lang: Lang }) {
  const m = compareMessages[lang];
  return (
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
              {r.value === null ? <span className="italic text-ink-mute">{r.why?.long}</span> : formatNumber(r.value, lang)}
              <FlagMarks flags={r.flags ?? []} lang={lang} labels={m.marks} idPrefix={`home-${r.reportId}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
