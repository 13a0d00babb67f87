// The home chart's data table (its accessible alternative): rendered from the compact rows of
// lib/compare/table-rows (HTML on the server, then hydrated) instead of a server-rendered tree that
// the RSC payload would repeat element by element.
'use client';

import Link from 'next/link';
import { FlagMarks } from '@/components/compare/flag-marks';
import type { TableRow } from '@/lib/compare/table-rows';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import styles from './home-chart.module.css';

export function HomeDataTable({ title, rows, lang }: { title: string; rows: readonly Omit<TableRow, 'year'>[]; lang: Lang }) {
  const m = compareMessages[lang];
  return (
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
                {r.value === null ? <span className="italic text-ink-mute">{r.why}</span> : formatNumber(r.value, lang)}
                <FlagMarks flags={r.flags ?? []} lang={lang} labels={m.marks} idPrefix={`home-${r.reportId}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
