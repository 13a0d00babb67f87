// /table: every jurisdiction's reports for a year × chosen figures and rates, filtered, sorted and
// paginated in SQL; the whole filtered result downloadable as CSV and JSON. State in the URL.

import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { BigTable } from '@/components/tables/big-table';
import { Pager } from '@/components/tables/pager';
import { TableFilters } from '@/components/tables/table-filters';
import { findTableRows } from '@/lib/db/queries/report/find-table-rows';
import { listProvinces } from '@/lib/db/queries/jurisdiction/list-provinces';
import { countReportsByYear } from '@/lib/db/queries/report/count-reports-by-year';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { pagePreview, previewMetadata } from '../preview-metadata';
import { commonMessages } from '@/lib/i18n/messages/common';
import { getDataStamp } from '@/lib/db/queries/data/get-data-stamp';
import { DataVersionNotice } from '@/components/layout/data-version-notice';
import { CiteThis } from '@/components/compare/cite-this';
import { GridLegend } from '@/components/tables/grid-legend';
import { withDataVersion } from '@/lib/view-state';
import { tableTitle } from '@/lib/tables/table-export';
import { resolveYear, toTableQuery } from '@/lib/tables/table-query';
import { PAGE_SIZE, parseTableParams, readTableParams, tableHref } from '@/lib/view-state/table-params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = parseTableParams(readTableParams(await searchParams));
  const m = drilldownMessages[view.lang].table;
  const title = view.year ? `${m.title} · ${m.year} ${view.year}` : m.title;
  // The preview draws the table's year (and province) as the ranked bars of new applications.
  return previewMetadata(
    await pagePreview(
      { title, description: m.lede, path: tableHref(view) },
      {
        years: view.year ? { from: view.year, to: view.year } : null,
        province: view.province,
        level: view.province ? view.level : null,
        lang: view.lang,
      },
    ),
  );
}

export default async function TablePage({ searchParams }: Props) {
  const raw = await searchParams;
  const { view, notices, cited } = parseTableParams(readTableParams(raw));
  const m = drilldownMessages[view.lang].table;
  const [years, provinces, stamp] = await Promise.all([countReportsByYear(), listProvinces(), getDataStamp()]);
  const facets = { years, provinces: provinces.map((p) => p.name) };
  const year = resolveYear(view.year, facets.years);
  const result = year === null ? null : await findTableRows(toTableQuery(view, year));
  const from = (view.page - 1) * PAGE_SIZE + 1;
  const exportHref = (format: 'csv' | 'json' | 'zip') => `${tableHref({ ...view, year, page: 1 }, '/table/export')}&format=${format}`;
  const c = commonMessages[view.lang];

  return (
    <PageShell kicker={year ?? undefined} title={m.title} lede={m.lede}>
      <DataVersionNotice cited={cited} stamp={stamp} path={tableHref(view)} lang={view.lang} />
      {notices.length ? (
        <p role="status" className="mb-4 rounded-md border border-oi-orange/50 bg-warn-soft px-3 py-2 text-sm text-warn">
          {m.notices} {notices.map((n) => `${n.param}=${n.raw}`).join(', ')}
        </p>
      ) : null}
      {year === null || !result ? (
        <p>{m.noYear}</p>
      ) : (
        <>
          <TableFilters view={view} year={year} facets={facets} lang={view.lang} />
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
            <p className="text-ink-soft" role="status">
              {m.results(result.total, Math.min(from, result.total), Math.min(from + result.rows.length - 1, result.total))}
            </p>
            <p className="flex gap-3">
              <span className="text-ink-mute">{m.download}:</span>
              <a href={exportHref('csv')} download>
                CSV
              </a>
              <a href={exportHref('json')} download>
                JSON
              </a>
              <a href={exportHref('zip')} download title={m.zipTitle} data-testid="download-zip">
                ZIP
              </a>
            </p>
          </div>
          <BigTable view={view} rows={result.rows} />
          <Pager view={view} total={result.total} />
          <section
            className="mt-4 grid gap-2 text-xs text-ink-soft"
            data-testid="table-legend"
            aria-label={drilldownMessages[view.lang].grid.legend}
          >
            <p>{m.legendNote}</p>
            <GridLegend lang={view.lang} />
          </section>
          <div className="mt-4 rounded-sm border border-rule bg-white">
            <CiteThis
              site={c.siteName}
              title={tableTitle(year, view.province, view.lang)}
              sharePath={withDataVersion(tableHref(view), stamp.version)}
              stamp={stamp}
              lang={view.lang}
              labels={c.cite}
            />
          </div>
        </>
      )}
    </PageShell>
  );
}
