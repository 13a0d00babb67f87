// /coverage: who published, against the official division list. By default every province × year
// (one year broken down by status); ?province= lists that province's divisions × years, paginated,
// with a CSV of whom to chase.

import type { Metadata } from 'next';
import Link from 'next/link';
import { ProvinceDivisions } from '@/components/coverage/province-divisions';
import { ProvinceMatrix } from '@/components/coverage/province-matrix';
import { StatusLegend } from '@/components/coverage/status-mark';
import { PageShell } from '@/components/layout/page-shell';
import { coverageYears, provinceDetail, provinceMatrix } from '@/lib/coverage';
import { countHeldByProvince } from '@/lib/db/queries/coverage/count-held-by-province';
import { listHeldDivisions } from '@/lib/db/queries/coverage/list-held-divisions';
import { listUnlistedJurisdictions } from '@/lib/db/queries/coverage/list-unlisted-jurisdictions';
import { jurisdictionHref } from '@/lib/view-state/jurisdiction-params';
import { provinceSlug } from '@/lib/db/jurisdictions/province-slugs';
import { provinceHref } from '@/lib/view-state/province-params';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { placeLabel, provinceLabel } from '@/lib/places/english';
import { pageTitle } from '@/lib/i18n/messages/common';
import { coverageHref, parseCoverageParams } from '@/lib/view-state/coverage-params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = parseCoverageParams(await searchParams);
  return { title: pageTitle(qualityMessages[view.lang].coverage.title, view.lang) };
}

export default async function CoveragePage({ searchParams }: Props) {
  const { view, notices } = parseCoverageParams(await searchParams);
  const { lang } = view;
  const m = qualityMessages[lang].coverage;
  const today = new Date().toISOString().slice(0, 10);
  const years = coverageYears(today);
  const [from, to] = [years.at(-1)!, years[0]!];
  const detail = view.province ? provinceDetail(view.province, await listHeldDivisions(view.province, from, to), years, today) : null;
  const [counts, unlisted] = view.province ? [null, []] : await Promise.all([countHeldByProvince(from, to), listUnlistedJurisdictions()]);
  const matrix = counts && provinceMatrix(counts, years, today);
  const year = view.year !== null && years.includes(view.year) ? view.year : years[0]!;
  return (
    <PageShell
      kicker={m.kicker}
      title={detail ? `${m.title} · ${provinceLabel(detail.province, view.lang)}` : m.title}
      lede={
        <>
          <p>{m.lede}</p>
          {detail ? (
            <p className="mt-2 text-sm">
              {m.summary(detail.divisions.length, years.length)} ·{' '}
              <Link href={provinceHref(provinceSlug(detail.province)!, { lang })}>{m.provinceView}</Link> ·{' '}
              <Link href={coverageHref({ lang })}>{m.all}</Link>
            </p>
          ) : null}
        </>
      }
    >
      {notices.length || (view.province && !detail) ? (
        <div
          role="status"
          className="mb-4 rounded-md border border-oi-orange/50 bg-warn-soft px-3 py-2 text-sm text-warn"
          data-testid="notices"
        >
          {notices.map((n) => `${n.param}=${n.raw}`).join(', ')}
          {view.province && !detail ? <p>{m.unknownProvince(view.province)}</p> : null}
        </div>
      ) : null}
      <StatusLegend lang={lang} />
      {detail ? <ProvinceDivisions detail={detail} page={view.page} lang={lang} /> : null}
      {matrix ? <ProvinceMatrix rows={matrix} year={year} years={years} lang={lang} /> : null}
      {unlisted.length ? (
        <p className="mb-10 text-sm text-ink-soft" data-testid="coverage-unlisted">
          {m.unlisted}{' '}
          {unlisted.map((j, i) => (
            <span key={j.slug}>
              {i ? (lang === 'zh' ? '、' : ', ') : null}
              <Link href={jurisdictionHref(j.slug, { lang })}>{placeLabel(j, lang)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {view.province && !detail ? (
        <p>
          <Link href={coverageHref({ lang })}>{m.all}</Link>
        </p>
      ) : null}
    </PageShell>
  );
}
