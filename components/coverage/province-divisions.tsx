// /coverage?province=: one page of the province's divisions × years, each cell its status, with the
// totals over every division and year and the pages.

import Link from 'next/link';
import { STATUSES, type ProvinceDetail } from '@/lib/coverage';
import type { Lang } from '@/lib/figures/keys';
import { formatNumber } from '@/lib/i18n';
import { divisionLabel } from '@/lib/places/english';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { COVERAGE_PAGE_SIZE, coverageHref } from '@/lib/view-state/coverage-params';
import { jurisdictionHref } from '@/lib/view-state/jurisdiction-params';
import { StatusCell, StatusMark } from './status-mark';

const th = 'whitespace-nowrap px-2 py-1.5 text-left text-xs font-medium text-ink-soft';

export function ProvinceDivisions({ detail, page, lang }: { detail: ProvinceDetail; page: number; lang: Lang }) {
  const m = qualityMessages[lang].coverage;
  const pages = Math.max(1, Math.ceil(detail.divisions.length / COVERAGE_PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = detail.divisions.slice((current - 1) * COVERAGE_PAGE_SIZE, current * COVERAGE_PAGE_SIZE);
  const pager = (
    <nav className="my-3 flex items-center gap-4 text-sm" aria-label={m.page(current, pages)}>
      {current > 1 ? <Link href={coverageHref({ province: detail.province, page: current - 1, lang })}>{m.prev}</Link> : null}
      <span className="text-ink-mute">{m.page(current, pages)}</span>
      {current < pages ? <Link href={coverageHref({ province: detail.province, page: current + 1, lang })}>{m.next}</Link> : null}
    </nav>
  );
  return (
    <>
      <dl
        className="mb-4 grid grid-cols-2 gap-px overflow-hidden rounded-md border border-rule bg-rule text-sm sm:grid-cols-3 lg:grid-cols-6"
        data-testid="coverage-totals"
      >
        {STATUSES.map((s) => (
          <div key={s} className="bg-white p-2" data-status={s}>
            <dt className="text-xs text-ink-soft">
              <StatusMark status={s} lang={lang} /> {m.status[s]}
            </dt>
            <dd className="tabular mt-1 text-lg font-semibold text-ink">{formatNumber(detail.totals[s], lang)}</dd>
          </div>
        ))}
      </dl>
      {pager}
      <div className="relative overflow-x-auto rounded-md border border-rule bg-white">
        <table className="min-w-full text-xs" data-testid="coverage-divisions">
          <thead className="border-b border-rule bg-wash">
            <tr>
              <th className={th}>{m.division}</th>
              <th className={th}>{m.code}</th>
              {detail.years.map((y) => (
                <th key={y} className={`${th} text-center`}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.division.code} className="border-b border-rule/60" data-division={d.division.code}>
                <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">
                  <span className={d.division.level === 'county' || d.division.level === 'district' ? 'pl-3' : ''}>
                    {d.slug ? (
                      <Link href={jurisdictionHref(d.slug, { lang })}>{divisionLabel(d.division, lang)}</Link>
                    ) : (
                      divisionLabel(d.division, lang)
                    )}
                  </span>
                  <span className="ml-1 text-ink-mute">{m.level[d.division.level]}</span>
                  {d.formerNames.map((f) => (
                    <span key={f.name} className="ml-1 block pl-3 text-[0.7rem] font-normal text-ink-mute">
                      {m.formerly(f.name, f.changedIn)}
                    </span>
                  ))}
                </th>
                <td className="tabular px-2 py-1 text-ink-mute">{d.division.code}</td>
                {d.cells.map((c) => (
                  <StatusCell
                    key={c.year}
                    status={c.status}
                    year={c.year}
                    href={
                      d.slug && c.status !== 'notHeld' && c.status !== 'notDue' ? jurisdictionHref(d.slug, { year: c.year, lang }) : null
                    }
                    lang={lang}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
      <p className="mb-10 text-sm">
        <a href={coverageHref({ province: detail.province, lang }, '/coverage/export')} download>
          {m.csv}
        </a>
      </p>
    </>
  );
}
