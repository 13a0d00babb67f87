// One answer to "which report stands for a jurisdiction in a year", whichever page asks: with
// reports ingested twice, the compare chart, its downloads, home's chart, /table and the
// jurisdiction page the chart links to all show the same copy — the one the report-choice rule
// (lib/db/queries/report/chosen-reports.ts) picks. On a throwaway PostgreSQL with the bundled seeds.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing';

vi.mock('server-only', () => ({}));

const SEEDS = path.join(process.cwd(), 'data/reports/seeds');
let database: TestDatabase;
const ids: Record<string, number> = {};

async function ingest(name: string, text: string): Promise<number> {
  const { ingestBytes } = await import('@/lib/db/ingest');
  const { pool } = await import('@/lib/db/client');
  const result = await ingestBytes(pool, new TextEncoder().encode(text), name);
  if (result.status !== 'saved') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result.reportId;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`expected ${JSON.stringify(from)} once`);
  return text.replace(from, to);
}

beforeAll(async () => {
  database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  const fuyang = readFileSync(path.join(SEEDS, '000-fuyang-2020.txt'), 'utf8');
  const yiyang = readFileSync(path.join(SEEDS, '001-yiyang-2020.txt'), 'utf8');
  // Two reports of one place and year that disagree on a figure are two reports (copies that agree
  // would be one report with two sources: lib/ingest/same-report.ts). Here each second report
  // changes one table-2 total (规范性文件 对外公开总数量; 行政许可 处理决定数量), which no sum checks.
  // 阜阳 2020 twice: the later ingest stands.
  ids.fuyangFirst = await ingest('fuyang-2020.txt', fuyang);
  ids.fuyangAgain = await ingest('fuyang-2020-again.txt', replaceOnce(fuyang, '\n1836\n', '\n1837\n'));
  // 弋阳 2020 (its text gives no publication date) after a report that gives one: the dated report
  // stands although ingested first.
  ids.yiyangDated = await ingest('yiyang-2020-dated.txt', `发布时间:2021-01-04 08:00\n${replaceOnce(yiyang, '\n3752 |', '\n3753 |')}`);
  ids.yiyang = await ingest('yiyang-2020.txt', yiyang);
  ids.office = await ingest('wulanchabu-office-2020.txt', readFileSync(path.join(SEEDS, '003-wulanchabu-office-2020.txt'), 'utf8'));
});

afterAll(async () => {
  const { pool } = await import('@/lib/db/client');
  await pool.end();
  await database?.stop();
});

async function compareRows(query: string) {
  const { loadCompareView } = await import('./compare/load-compare-view');
  return (await loadCompareView(new URLSearchParams(query))).data.rows;
}

async function openedReport(slug: string, year: number | null = null): Promise<number | undefined> {
  const { getJurisdiction } = await import('@/lib/db/queries/jurisdiction/get-jurisdiction');
  const { pickReport } = await import('@/lib/tables/report-choice');
  const jurisdiction = (await getJurisdiction(slug))!;
  return pickReport(jurisdiction.reports, { reportId: null, year })?.id;
}

describe('the report-choice rule, as the pages apply it', () => {
  it('the disagreeing reports are distinct reports, both stored', () => {
    expect(new Set(Object.values(ids)).size).toBe(5);
    expect(ids.fuyangAgain).toBeGreaterThan(ids.fuyangFirst!);
    expect(ids.yiyang).toBeGreaterThan(ids.yiyangDated!);
  });

  it('the compare chart and the jurisdiction page it links to show the same copy', async () => {
    const rows = await compareRows('y=2020');
    const bySlug = new Map(rows.filter((r) => r.scope === 'aggregate').map((r) => [r.slug, r.reportId]));
    expect([...bySlug.values()].sort()).toEqual([ids.fuyangAgain, ids.yiyangDated].sort());
    for (const [slug, reportId] of bySlug) {
      expect(await openedReport(slug), slug).toBe(reportId);
      expect(await openedReport(slug, 2020), slug).toBe(reportId);
    }
    // Exactly one row per jurisdiction and year, and the office's report as its own row.
    expect(rows.map((r) => r.reportId).sort()).toEqual([ids.fuyangAgain, ids.yiyangDated, ids.office].sort());
  });

  it('home, /table and the line chart choose the same copies', async () => {
    const { loadHomeOverview } = await import('@/lib/compare/home');
    const { countReportsByYear } = await import('@/lib/db/queries/report/count-reports-by-year');
    const { listProvincePreviews } = await import('@/lib/db/queries/jurisdiction/list-province-previews');
    const { rankReportsByFigure } = await import('@/lib/db/queries/report/rank-reports-by-figure');
    const { findComparedReports } = await import('@/lib/db/queries/report/find-compared-reports');
    const home = await loadHomeOverview(2020, 'zh', { countReportsByYear, listProvincePreviews, rankReportsByFigure, findComparedReports });
    const expected = [ids.fuyangAgain, ids.yiyangDated, ids.office].sort();
    expect(home.chart.rows.map((r) => r.reportId).sort()).toEqual(expected);
    expect(home.barTotal).toBe(3);

    const { findTableRows } = await import('@/lib/db/queries/report/find-table-rows');
    const { toTableQuery } = await import('@/lib/tables/table-query');
    const { DEFAULT_TABLE_VIEW } = await import('@/lib/view-state/table-params');
    const table = await findTableRows(toTableQuery(DEFAULT_TABLE_VIEW, 2020));
    expect(table.total).toBe(3);
    expect(table.rows.map((r) => r.reportId).sort()).toEqual(expected);

    const slugs = (await compareRows('y=2020')).map((r) => r.slug).join(',');
    const lines = await compareRows(`j=${slugs}&chart=line`);
    expect(lines.map((r) => r.reportId).sort()).toEqual(expected);
  });

  it('a single office stands only for itself: its page opens it, flagged, for want of a whole-jurisdiction report', async () => {
    const rows = await compareRows('y=2020');
    const office = rows.find((r) => r.reportId === ids.office)!;
    expect(office.scope).toBe('agency');
    expect(office.flags.map((f) => f.kind)).toContain('agency');
    expect(await openedReport(office.slug)).toBe(ids.office);
  });
});
