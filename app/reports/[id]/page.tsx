// /reports/<id>: one report — its meta, failed checks, and the viewer (parsed tables beside the
// text, figures and passages linked both ways, issues), plus the original file for download.

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReportViewer } from '@/components/report/report-viewer';
import { ReportHeader } from '@/components/report/report-header';
import { QualityPanel } from '@/components/quality/quality-panel';
import { toQualityPanel } from '@/lib/tables/quality-panel';
import { FailedChecks } from '@/components/tables/failed-checks';
import { Section } from '@/components/tables/section';
import { getReportQuality } from '@/lib/db/queries/quality/get-report-quality';
import { TablesNotRead } from '@/components/tables/tables-not-read';
import { getReport } from '@/lib/db/queries/report/get-report';
import { withLang } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { pageTitle } from '@/lib/i18n/messages/common';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { indexReport } from '@/lib/tables/cells';
import { explainFailedChecks, isFailedCheck } from '@/lib/tables/checks';
import { parseReportId, parseReportParams, reportHref } from '@/lib/view-state/report-params';
import { placeLabel } from '@/lib/places/english';
import { commonMessages } from '@/lib/i18n';
import { pagePreview, previewMetadata } from '../../preview-metadata';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const id = parseReportId((await params).id);
  const { view } = parseReportParams(await searchParams);
  const { lang } = view;
  const report = id === null ? null : await getReport(id);
  if (!report) return { title: pageTitle(drilldownMessages[lang].report.notFound, lang) };
  const newApplications = report.figures.find((f) => f.key === 'applications.new.total')?.value ?? null;
  const checked = report.figures.some((f) => f.provenance === 'table');
  const failed = checked ? report.issues.filter(isFailedCheck).length : null;
  const agency = report.scope === 'agency' ? [commonMessages[lang].scopeHint.agency] : [];
  // The preview draws the place's trend with this report's year marked.
  return previewMetadata(
    await pagePreview(
      {
        // English names the place in English (the Chinese beside it); an office's report adds the office.
        title:
          lang === 'zh'
            ? `${report.year} · ${report.body}`
            : [String(report.year), placeLabel(report.jurisdiction, lang), ...(report.scope === 'agency' ? [report.body] : [])].join(' · '),
        description: [drilldownMessages[lang].report.description(report.body, report.year, newApplications, failed), ...agency].join(
          lang === 'zh' ? '' : ' ',
        ),
        path: reportHref(report.id, view),
      },
      { jurisdictions: [report.jurisdiction.slug], chart: 'line', years: { from: report.year, to: report.year }, lang },
    ),
  );
}

export default async function ReportPage({ params, searchParams }: Props) {
  const id = parseReportId((await params).id);
  const { view } = parseReportParams(await searchParams);
  const report = id === null ? null : await getReport(id, { text: true });
  if (!report) notFound();
  const { lang } = view;
  const figures = indexReport(report.figures, report.issues);
  const checks = explainFailedChecks(report.issues, figures, report.format);
  const quality = await getReportQuality(report.id);
  return (
    <main className="mx-auto max-w-[108rem] px-5 pt-8">
      <ReportHeader report={report} lang={lang} />
      <Section id="quality" title={qualityMessages[lang].title}>
        <QualityPanel panel={quality ? toQualityPanel(quality, lang) : null} notChecked={qualityMessages[lang].notChecked} />
      </Section>
      <TablesNotRead figures={figures} format={report.format} lang={lang} />
      {checks.length ? (
        <section aria-labelledby="checks-title" className="mb-8">
          <h2 id="checks-title" className="mb-2 border-b border-rule pb-1.5 text-base font-semibold">
            {drilldownMessages[lang].jurisdiction.checks}
          </h2>
          <FailedChecks checks={checks} lang={lang} reportHref={(issueId) => withLang(`/reports/${report.id}?issue=${issueId}`, lang)} />
        </section>
      ) : null}
      <ReportViewer
        key={`${view.figure}|${view.issue}`}
        reportId={report.id}
        lang={lang}
        text={report.text}
        contentHash={report.contentHash}
        sourceFileType={report.sourceFileType}
        figures={report.figures}
        issues={report.issues}
        format={report.format}
        initialFigure={view.figure}
        initialIssue={view.issue}
      />
      <p className="mb-10 text-sm">
        <Link href={withLang(`/j/${report.jurisdiction.slug}?report=${report.id}`, lang)}>
          {drilldownMessages[lang].report.jurisdictionPage(report.jurisdiction.name)}
        </Link>
      </p>
    </main>
  );
}
