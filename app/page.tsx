// Home: new applications per jurisdiction for the busiest year (or ?y=), totals, and the
// jurisdictions by province with their years.

import Link from 'next/link';
import { HomeChart } from '@/components/home/home-chart';
import { JurisdictionList } from '@/components/home/jurisdiction-list';
import { PageShell } from '@/components/layout/page-shell';
import { getHomeOverview } from '@/lib/db/queries/home/get-home-overview';
import { formatNumber, parseLang, withLang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { parseYears } from '@/lib/view-state/parse-compare-params';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const lang = parseLang(params.lang);
  const m = compareMessages[lang];
  const rawYear = Array.isArray(params.y) ? params.y[0] : params.y;
  const year = parseYears(rawYear);
  const overview = await getHomeOverview(year.kind === 'valid' ? year.value.to : null);
  const yearNotice = (year.kind === 'invalid' || overview.requestedYearMissing) && rawYear ? m.home.yearMissing(rawYear) : null;
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
      <JurisdictionList provinces={overview.provinces} lang={lang} />
    </PageShell>
  );
}
