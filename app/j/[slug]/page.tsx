// /j/<slug>: one jurisdiction — its reports by year and, for the open report, the derived rates,
// failed checks and tables 3, 4 and 2 with the change on the previous year.

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { placeLabel, provinceLabel } from '@/lib/places/english';
import { pageTitle } from '@/lib/i18n/messages/common';
import { PeerPanel } from '@/components/quality/peer-panel';
import { QualityPanel } from '@/components/quality/quality-panel';
import { toQualityPanel } from '@/lib/tables/quality-panel';
import { FailedChecks } from '@/components/tables/failed-checks';
import { RatesPanel } from '@/components/tables/rates-panel';
import { ReportList } from '@/components/tables/report-list';
import { ReportTables } from '@/components/tables/report-tables';
import { TablesNotRead, tableFigureCount } from '@/components/tables/tables-not-read';
import { Section } from '@/components/tables/section';
import { cachedByDataVersion } from '@/lib/db/cache';
import { getJurisdiction } from '@/lib/db/queries/jurisdiction/get-jurisdiction';
import { getReportQuality } from '@/lib/db/queries/quality/get-report-quality';
import { getReportFigures } from '@/lib/db/queries/report/get-report-figures';
import { commonMessages, formatNumber, withLang } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { indexReport } from '@/lib/tables/cells';
import { explainFailedChecks, failedSumKeys } from '@/lib/tables/checks';
import { toRateCards } from '@/lib/tables/rate-cards';
import { rateRows } from '@/lib/tables/rates';
import { listEntry, pickReport, previousReport, reportsByYear } from '@/lib/tables/report-choice';
import { buildReportModels } from '@/lib/tables/report-models';
import { compareHref, DEFAULT_VIEW } from '@/lib/view-state';
import { pagePreview, previewMetadata } from '../../preview-metadata';
import { jurisdictionHref, parseJurisdictionParams } from '@/lib/view-state/jurisdiction-params';
import { entryFromFigures } from '@/lib/peers';
import { toPeerTable } from '@/lib/peers/peer-table';
import { loadPeerGroups } from './load-peers';
import { parseSlug } from '@/lib/view-state/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The jurisdiction a path names; a slug that cannot be one (NUL, spaces, 2,000 characters) is not looked up. */
async function findJurisdiction(rawSlug: string) {
  const slug = parseSlug(rawSlug);
  return slug.kind === 'valid' ? cachedByDataVersion('jurisdiction', slug.value, () => getJurisdiction(slug.value)) : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { view } = parseJurisdictionParams(await searchParams);
  const jurisdiction = await findJurisdiction((await params).slug);
  const lang = view.lang;
  if (!jurisdiction) return { title: pageTitle(drilldownMessages[lang].jurisdiction.notFound, lang) };
  const name = placeLabel(jurisdiction, lang);
  const shown = pickReport(jurisdiction.reports, view);
  const agency = shown?.scope === 'agency' ? [commonMessages[lang].scopeHint.agency] : [];
  // The preview draws this place's trend of new applications, the year shown marked.
  return previewMetadata(
    await pagePreview(
      {
        title: name,
        description: [drilldownMessages[lang].jurisdiction.description(name, jurisdiction.reports.length), ...agency].join(
          lang === 'zh' ? '' : ' ',
        ),
        path: jurisdictionHref(jurisdiction.slug, { reportId: view.reportId, year: view.year, lang }),
      },
      { jurisdictions: [jurisdiction.slug], chart: 'line', years: shown ? { from: shown.year, to: shown.year } : null, lang },
    ),
  );
}

export default async function JurisdictionPage({ params, searchParams }: Props) {
  const { view, notices } = parseJurisdictionParams(await searchParams);
  const jurisdiction = await findJurisdiction((await params).slug);
  if (!jurisdiction) notFound();
  const { lang } = view;
  const m = drilldownMessages[lang];
  const c = commonMessages[lang];
  const current = pickReport(jurisdiction.reports, view);
  const staleReport = view.reportId !== null && current?.id !== view.reportId;
  const staleYear = view.reportId === null && view.year !== null && current?.year !== view.year;
  const previous = current && previousReport(jurisdiction.reports, current);
  const ids = [current?.id, previous?.id].filter((id): id is number => id !== undefined);
  const [data, quality] = await Promise.all([
    cachedByDataVersion('report-figures', ids, () => getReportFigures(ids)),
    current ? getReportQuality(current.id) : null,
  ]);
  const now = current && indexReport(data.get(current.id)!.figures, data.get(current.id)!.issues);
  const before = previous ? indexReport(data.get(previous.id)!.figures, data.get(previous.id)!.issues) : null;
  const population = jurisdiction.population?.population ?? null;
  const failedKeys = current ? failedSumKeys(data.get(current.id)!.issues) : new Set<string>();
  const peers =
    current && now
      ? await loadPeerGroups(
          current,
          jurisdiction,
          entryFromFigures(current.id, (k) => now.figures.get(k)?.value, failedKeys, population),
          lang,
        )
      : null;
  const models =
    now && current
      ? buildReportModels(
          { figures: now, format: current.format },
          before && previous ? { figures: before, format: previous.format } : null,
        )
      : null;
  const kicker = [
    m.jurisdiction.kicker,
    jurisdiction.province ? provinceLabel(jurisdiction.province, lang) : null,
    m.jurisdiction.level[jurisdiction.level] ?? jurisdiction.level,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <PageShell
      kicker={kicker}
      title={placeLabel(jurisdiction, lang)}
      lede={
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {jurisdiction.population ? (
            <span>{m.jurisdiction.population(formatNumber(jurisdiction.population.population, lang))}</span>
          ) : null}
          <Link href={compareHref({ ...DEFAULT_VIEW, jurisdictions: [jurisdiction.slug], lang })} className="font-medium">
            {m.jurisdiction.compareWith}
          </Link>
        </p>
      }
    >
      {notices.length || staleReport || staleYear ? (
        <div
          role="status"
          className="mb-4 rounded-md border border-oi-orange/50 bg-warn-soft px-3 py-2 text-sm text-warn"
          data-testid="notices"
        >
          {notices.length ? (
            <p>
              {m.jurisdiction.badParams} {notices.map((n) => `${n.param}=${n.raw}`).join(', ')}
            </p>
          ) : null}
          {staleReport ? <p>{m.jurisdiction.staleReport(view.reportId!)}</p> : null}
          {staleYear ? <p>{m.jurisdiction.noYearReport(view.year!)}</p> : null}
        </div>
      ) : null}
      <Section id="reports" title={m.jurisdiction.reportsByYear}>
        {jurisdiction.reports.length ? (
          <ReportList
            years={reportsByYear(
              jurisdiction.reports.map((r) => listEntry(r, jurisdictionHref(jurisdiction.slug, { reportId: r.id, lang }))),
            )}
            currentId={current?.id ?? null}
            lang={lang}
          />
        ) : (
          <p>{m.jurisdiction.noReports}</p>
        )}
      </Section>
      {current && now && models ? (
        <>
          <div className="mb-6 rounded-md border border-rule bg-white px-4 py-3 text-sm" data-testid="current-report">
            <span className="text-ink-mute">{m.jurisdiction.viewing}:</span>{' '}
            <strong className="text-ink">
              {m.jurisdiction.year(current.year)} · {current.body}
            </strong>{' '}
            <span className="text-ink-mute">
              · {c.scope[current.scope]} · {m.report.format[current.format]}
            </span>{' '}
            · <Link href={withLang(`/reports/${current.id}`, lang)}>{m.jurisdiction.openReport}</Link>
            <p className="mt-1 text-xs text-ink-mute">
              {previous ? m.jurisdiction.prevFrom(previous.year, previous.body) : m.jurisdiction.prevNone}
            </p>
            {current.scope === 'agency' ? <p className="mt-1 text-xs text-warn">{c.scopeHint.agency}</p> : null}
          </div>
          <TablesNotRead figures={now} format={current.format} lang={lang} />
          <Section id="rates" title={m.jurisdiction.rates}>
            <RatesPanel
              cards={toRateCards(rateRows(now, before, population, data.get(current.id)!.issues), previous?.year ?? null, lang)}
              note={m.jurisdiction.ratesNote}
            />
          </Section>
          {peers ? (
            <Section id="peers" title={qualityMessages[lang].peers.title}>
              <PeerPanel table={toPeerTable(peers, current.scope === 'agency', lang)} />
            </Section>
          ) : null}
          <Section id="quality" title={qualityMessages[lang].title}>
            <QualityPanel panel={quality ? toQualityPanel(quality, lang) : null} notChecked={qualityMessages[lang].notChecked} />
          </Section>
          <Section id="checks" title={m.jurisdiction.checks}>
            <FailedChecks
              checks={explainFailedChecks(data.get(current.id)!.issues, now, current.format)}
              lang={lang}
              checked={tableFigureCount(now) > 0}
              reportHref={(issueId) => withLang(`/reports/${current.id}?issue=${issueId}`, lang)}
            />
          </Section>
          <ReportTables models={models} lang={lang} prevYear={previous?.year ?? null} />
        </>
      ) : null}
    </PageShell>
  );
}
