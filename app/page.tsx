// Home: new applications per jurisdiction for the busiest year (or ?y=), totals, and the
// jurisdictions by province with their years.

import type { Metadata } from 'next';
import Link from 'next/link';
import { pagePreview, previewMetadata } from './preview-metadata';
import { HomeChart } from '@/components/home/home-chart';
import { JurisdictionList } from '@/components/home/jurisdiction-list';
import { PageShell } from '@/components/layout/page-shell';
import { HOME_YEARS_SHOWN, loadHomeOverview } from '@/lib/compare/home';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listProvincePreviews } from '@/lib/db/queries/jurisdiction/list-province-previews';
import { countReportsByYear } from '@/lib/db/queries/report/count-reports-by-year';
import { findComparedReports } from '@/lib/db/queries/report/find-compared-reports';
import { rankReportsByFigure } from '@/lib/db/queries/report/rank-reports-by-figure';
import { formatNumber, withLang } from '@/lib/i18n';
import { placeLabel, provinceLabel } from '@/lib/places/english';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { parseHomeParams } from '@/lib/view-state/home-params';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { lang, year } = parseHomeParams(await searchParams).view;
  const m = compareMessages[lang];
  const overview = await cachedByDataVersion('home-overview', [year, lang], () =>
    loadHomeOverview(year, lang, { countReportsByYear, listProvincePreviews, rankReportsByFigure, findComparedReports }),
  );
  // The preview draws the home chart's year: new applications per place.
  return previewMetadata(
    await pagePreview(
      {
        title: null,
        description: m.home.lede(formatNumber(overview.reportCount, lang), formatNumber(overview.jurisdictionCount, lang)),
        path: withLang(year ? `/?y=${year}` : '/', lang),
      },
      { years: year ? { from: year, to: year } : null, lang },
    ),
  );
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { view, notices } = parseHomeParams(await searchParams);
  const { lang } = view;
  const m = compareMessages[lang];
  const overview = await cachedByDataVersion('home-overview', [view.year, lang], () =>
    loadHomeOverview(view.year, lang, { countReportsByYear, listProvincePreviews, rankReportsByFigure, findComparedReports }),
  );
  const badYear = notices.find((n) => n.param === 'y')?.raw ?? (overview.requestedYearMissing ? String(view.year) : null);
  const yearNotice = badYear ? m.home.yearMissing(badYear) : null;
  return (
    <PageShell
      kicker={m.home.kicker}
      title={m.home.title}
      lede={m.home.lede(formatNumber(overview.reportCount, lang), formatNumber(overview.jurisdictionCount, lang))}
    >
      <dl className="mb-8 grid max-w-xl grid-cols-3 border-y border-rule">
        {[
          [overview.reportCount, m.home.stats.reports, 'stat-reports'],
          [overview.jurisdictionCount, m.home.stats.jurisdictions, 'stat-jurisdictions'],
          [overview.years.length, m.home.stats.years, 'stat-years'],
        ].map(([value, label, id]) => (
          <div key={id} className="py-3 pr-4">
            <dt className="text-xs text-ink-mute">{label}</dt>
            <dd className="text-2xl font-semibold tabular" data-testid={id}>
              {formatNumber(Number(value), lang)}
            </dd>
          </div>
        ))}
      </dl>
      {yearNotice ? (
        <p role="status" className="mb-4 rounded-sm border border-oi-orange bg-warn-soft px-4 py-2 text-sm text-warn">
          {yearNotice}
        </p>
      ) : null}
      {overview.year === null ? <p className="text-ink-soft">{m.home.empty}</p> : <HomeChart overview={overview} lang={lang} />}
      <p className="mt-4 text-sm">
        <Link href={withLang(overview.year ? `/compare?y=${overview.year}` : '/compare', lang)} className="font-medium">
          {m.home.compareCta}
        </Link>
      </p>
      <JurisdictionList
        provinces={overview.provinces.map((p) => {
          const label = p.province ? provinceLabel(p.province, lang) : null;
          return {
            ...p,
            ...(label !== p.province ? { label } : {}),
            jurisdictions: p.jurisdictions.map((j) => {
              // Only the years the list links travel (with how many there are).
              const shown = j.years.slice(0, HOME_YEARS_SHOWN);
              const agencyOnly = shown.filter((y) => y.agencyOnly).map((y) => y.year);
              const item = [j.slug, placeLabel(j, lang), shown.map((y) => y.year), j.years.length] as const;
              return agencyOnly.length ? ([...item, agencyOnly] as const) : item;
            }),
          };
        })}
        lang={lang}
      />
    </PageShell>
  );
}
