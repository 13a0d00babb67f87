// /coverage's default view: for one year, each province's divisions by status; then every province
// × year, the divisions held out of the list's.

import Link from 'next/link';
import { STATUSES, type ProvinceCoverage } from '@/lib/coverage';
import type { Lang } from '@/lib/figures/keys';
import { formatNumber } from '@/lib/i18n';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { provinceLabel } from '@/lib/places/english';
import { coverageHref } from '@/lib/view-state/coverage-params';
import { StatusMark } from './status-mark';

const th = 'whitespace-nowrap px-2 py-1.5 text-left text-xs font-medium text-ink-soft';
const td = 'tabular whitespace-nowrap px-2 py-1.5 text-right';

export function ProvinceMatrix({
  rows,
  year,
  years,
  lang,
}: {
  rows: readonly ProvinceCoverage[];
  year: number;
  years: readonly number[];
  lang: Lang;
}) {
  const m = qualityMessages[lang].coverage;
  const at = years.indexOf(year);
  const total = (s: (typeof STATUSES)[number]) => rows.reduce((n, r) => n + r.years[at]!.counts[s], 0);
  return (
    <>
      <h2 className="mb-2 text-lg font-semibold text-ink">{m.breakdown(year)}</h2>
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label={m.year}>
        {years.map((y) => (
          <Link
            key={y}
            href={coverageHref({ year: y, lang })}
            aria-current={y === year ? 'page' : undefined}
            className={y === year ? 'font-semibold text-ink no-underline' : ''}
          >
            {y}
          </Link>
        ))}
      </nav>
      <div className="relative mb-10 overflow-x-auto rounded-md border border-rule bg-white">
        <table className="min-w-full text-sm" data-testid="coverage-breakdown">
          <thead className="border-b border-rule bg-wash">
            <tr>
              <th className={th}>{m.province}</th>
              <th className={`${th} text-right`}>{m.divisions}</th>
              {STATUSES.map((s) => (
                // The status names may wrap: six of them side by side do not fit a desktop's width in every face.
                <th key={s} className={`${th} whitespace-normal! text-right align-bottom`}>
                  <StatusMark status={s} lang={lang} /> {m.status[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.province} className="border-b border-rule/60" data-province={r.province}>
                <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-medium">
                  <Link href={coverageHref({ province: r.province, lang })}>{provinceLabel(r.province, lang)}</Link>
                </th>
                <td className={td}>{formatNumber(r.divisions, lang)}</td>
                {STATUSES.map((s) => (
                  <td key={s} className={td} data-status={s}>
                    {formatNumber(r.years[at]!.counts[s], lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-rule font-medium">
            <tr>
              <th scope="row" className="px-2 py-1.5 text-left">
                {m.total}
              </th>
              <td className={td}>
                {formatNumber(
                  rows.reduce((n, r) => n + r.divisions, 0),
                  lang,
                )}
              </td>
              {STATUSES.map((s) => (
                <td key={s} className={td}>
                  {formatNumber(total(s), lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <h2 className="mb-2 text-lg font-semibold text-ink">{m.byYear}</h2>
      <div className="relative mb-10 overflow-x-auto rounded-md border border-rule bg-white">
        <table className="min-w-full text-xs" data-testid="coverage-matrix">
          <thead className="border-b border-rule bg-wash">
            <tr>
              <th className={th}>{m.province}</th>
              {years.map((y) => (
                <th key={y} className={`${th} text-right`}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.province} className="border-b border-rule/60">
                <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">
                  <Link href={coverageHref({ province: r.province, lang })}>{provinceLabel(r.province, lang)}</Link>
                </th>
                {r.years.map((y) => (
                  <td
                    key={y.year}
                    className={`${td} ${y.held ? 'text-ink' : 'text-ink-mute'}`}
                    title={m.heldTitle(provinceLabel(r.province, lang), y.year)}
                  >
                    {m.heldOf(y.held, r.divisions)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
