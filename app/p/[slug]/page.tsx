// /p/<province-slug>: a province's bodies ranked on a chosen measure with the guardrails, its
// coverage of the official division list, and the checks that fail most often.

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusMark } from '@/components/coverage/status-mark';
import { PageShell } from '@/components/layout/page-shell';
import { ProvinceRanking } from '@/components/quality/province-ranking';
import { Section } from '@/components/tables/section';
import { coverageYears, provinceDetail, STATUSES } from '@/lib/coverage';
import { provinceOfSlug } from '@/lib/db/jurisdictions/province-slugs';
import { listHeldDivisions } from '@/lib/db/queries/coverage/list-held-divisions';
import { countFailedChecks } from '@/lib/db/queries/quality/count-failed-checks';
import { findPeerValues } from '@/lib/db/queries/report/find-peer-values';
import { formatNumber } from '@/lib/i18n';
import { pageTitle } from '@/lib/i18n/messages/common';
import { provinceLabel } from '@/lib/places/english';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { peerMeasure, PEER_MEASURES, rankOn } from '@/lib/peers';
import { CHECK_TITLES } from '@/lib/quality/titles';
import { coverageHref } from '@/lib/view-state/coverage-params';
import { LEVELS } from '@/lib/view-state/params';
import { parseProvinceParams } from '@/lib/view-state/province-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang } = parseProvinceParams(await searchParams).view;
  const province = provinceOfSlug((await params).slug);
  return { title: pageTitle(province ? provinceLabel(province, lang) : qualityMessages[lang].province.kicker, lang) };
}

const selectClass = 'mt-1 block rounded-md border border-rule bg-white px-2 py-1.5 text-sm';

export default async function ProvincePage({ params, searchParams }: Props) {
  const slug = (await params).slug;
  const province = provinceOfSlug(slug);
  if (!province) notFound();
  const { view, notices } = parseProvinceParams(await searchParams);
  const { lang } = view;
  const q = qualityMessages[lang];
  const m = q.province;
  const today = new Date().toISOString().slice(0, 10);
  const years = coverageYears(today);
  const held = await listHeldDivisions(province, years.at(-1)!, years[0]!);
  const latestHeld = Math.max(...held.filter((h) => h.status !== 'agencyOnly').map((h) => h.year), -Infinity);
  const year = view.year ?? (Number.isFinite(latestHeld) ? latestHeld : years[0]!);
  const measure = peerMeasure(view.measure)!;
  const [values, failed] = await Promise.all([
    findPeerValues({ year, scope: 'aggregate', level: view.level, province }),
    countFailedChecks(province, year),
  ]);
  const ranked = rankOn(measure, values);
  const detail = provinceDetail(province, held, years.includes(year) ? [year] : [], today)!;
  const levels = drilldownMessages[lang].jurisdiction.level;
  return (
    <PageShell kicker={m.kicker} title={m.title(provinceLabel(province, lang), year)}>
      {notices.length ? (
        <div
          role="status"
          className="mb-4 rounded-md border border-oi-orange/50 bg-warn-soft px-3 py-2 text-sm text-warn"
          data-testid="notices"
        >
          {notices.map((n) => `${n.param}=${n.raw}`).join(', ')}
        </div>
      ) : null}
      <form
        action={`/p/${encodeURIComponent(slug)}`}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-md border border-rule bg-white p-3 text-xs text-ink-soft"
      >
        {lang !== 'zh' ? <input type="hidden" name="lang" value={lang} /> : null}
        <label>
          {q.coverage.year}
          <select name="y" defaultValue={String(year)} className={selectClass}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.measure}
          <select name="m" defaultValue={measure.id} className={selectClass}>
            {PEER_MEASURES.map((pm) => (
              <option key={pm.id} value={pm.id}>
                {pm.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.level}
          <select name="level" defaultValue={view.level ?? ''} className={selectClass}>
            <option value="">{m.any}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levels[l] ?? l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">
          {m.apply}
        </button>
      </form>
      <Section id="ranking" title={m.ranking(measure.label[lang])}>
        <ProvinceRanking measure={measure} rows={ranked} province={province} year={year} lang={lang} />
        <p className="mt-2 text-xs text-ink-mute" data-testid="province-ranking-note">
          {m.note(Boolean(view.level))}
        </p>
      </Section>
      <Section id="coverage" title={m.coverage} aside={<Link href={coverageHref({ province, lang })}>{m.coverageLink}</Link>}>
        <dl
          className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-rule bg-rule text-sm sm:grid-cols-3 lg:grid-cols-6"
          data-testid="province-coverage"
        >
          {STATUSES.map((s) => (
            <div key={s} className="bg-white p-2" data-status={s}>
              <dt className="text-xs text-ink-soft">
                <StatusMark status={s} lang={lang} /> {q.coverage.status[s]}
              </dt>
              <dd className="tabular mt-1 text-lg font-semibold text-ink">{formatNumber(detail.totals[s], lang)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="checks" title={m.checks} aside={m.checksOf(failed.checked)}>
        {failed.failed.length ? (
          <ol className="grid gap-1 text-sm" data-testid="province-checks">
            {failed.failed.map((f) => (
              <li key={f.id} className="flex justify-between gap-4 border-b border-rule/60 py-1" data-check-id={f.id}>
                <span>{CHECK_TITLES[f.id][lang]}</span>
                <span className="tabular font-medium">
                  {formatNumber(f.count, lang)} / {formatNumber(failed.checked, lang)}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-ink-soft">{m.checksNone}</p>
        )}
      </Section>
    </PageShell>
  );
}
