// Collection end to end, on the fixture government site (lib/collect/testing/site.ts, 127.0.0.1
// behind an injected resolver) and a real embedded PostgreSQL: a whole column once, with every
// report and its web sources; a second run fetches nothing; a re-visit asks conditionally; a
// document that disappears keeps its copy; two collectors share the work and the host's pause.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSED_HOST, COLUMN, FILES_HOST, reportHtml, SITE_HOST, type FixtureSite } from '../../collect/testing/site';
import { imageTablePage } from '../../collect/testing/image-tables';
import { scannedPdf } from '../../http/testing/inputs';
import type { Reader } from '../../ingest';
import { addSeeds, createCollector, emptySummary, frontierCounts, runCollector, tally, type CollectSummary } from './index';
import { releaseHost, takeHostTurn } from './frontier';
import { startCollectHarness, TEST_SETTINGS as SETTINGS, type CollectHarness } from './testing/harness';
import { refreshQuality } from '../quality/refresh';

let harness: CollectHarness;
let pool: pg.Pool;
let reader: Reader;
let site: FixtureSite;
let connections: CollectHarness['connections'];

beforeAll(async () => {
  harness = await startCollectHarness();
  ({ pool, reader, site, connections } = harness);
});

afterAll(() => harness?.close());

beforeEach(() => harness.reset());

const collect: CollectHarness['collect'] = (urls, options) => harness.collect(urls, options);
const storedReports = () => harness.storedReports();
const stateOf = async (url: string) => {
  const row = await harness.stateOf(url);
  return row && { state: row.state, reason_code: row.reason_code };
};

describe('collecting a 年报 column', () => {
  it('finds every report of every page, with its sources, and nothing else', async () => {
    const summary = await collect([site.columnUrl]);
    const reports = await storedReports();
    expect(reports.map((r) => ({ place: r.place, year: r.year, sources: r.sources.length })).sort(byPlaceYear)).toEqual(
      [...COLUMN.reports].sort(byPlaceYear),
    );
    for (const r of reports) {
      expect(Object.values(r.figures).filter((v) => v !== null).length).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.page_url).toMatch(new RegExp(`^${site.origin}/`));
        expect(s.document_url).toMatch(/^http:\/\/(www|files)\.example-gov\.test:\d+\//);
        expect(s.fetched_at).toBeInstanceOf(Date);
        expect(s.etag).toMatch(/^"[0-9a-f]{16}"$/);
        expect(s.content_hash).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    // An attachment's source names the article it was found on, the file's own address, and the
    // article's publication date (its PubDate meta; 宁波's a 发布时间 line); a page that shows none has none.
    const hongze = reports.find((r) => r.year === 2023)!;
    expect(hongze.sources[0]).toMatchObject({
      page_url: `${site.origin}/xxgk/ndbg/202401/t20240120_2.html`,
      document_url: `${site.files}/attach/P020240120.pdf`,
      page_published_on: '2024-01-20',
    });
    expect(reports.find((r) => r.place === '宁波市')!.sources[0]!.page_published_on).toBe('2021-04-02');
    expect(reports.find((r) => r.place === '乌兰察布市')!.sources[0]!.page_published_on).toBeNull();
    // The on-time check goes by those dates: 洪泽区 2023 on time, 宁波市 2020 two days late (2019 条例, 31 March).
    await refreshQuality(pool);
    const onTime = async (place: string, year: number) =>
      (
        await pool.query(
          `SELECT c AS check FROM report_quality q JOIN report r ON r.id = q.report_id JOIN jurisdiction j ON j.id = r.jurisdiction_id,
             jsonb_array_elements(q.checks) c WHERE j.name = $1 AND r.year = $2 AND c->>'id' = 'onTime'`,
          [place, year],
        )
      ).rows[0].check;
    expect(await onTime('洪泽区', 2023)).toMatchObject({ status: 'pass', numbers: { dateFrom: 'page', date: '2024-01-20' } });
    expect(await onTime('宁波市', 2020)).toMatchObject({ status: 'fail', numbers: { dateFrom: 'page', date: '2021-04-02', daysLate: 2 } });
    // The GBK page and the .doc of the same report are one report with two sources, figures agreeing.
    const yiyang = reports.find((r) => r.place === '弋阳县')!;
    expect(yiyang.sources.map((s) => s.document_url)).toEqual([
      `${site.files}/attach/yiyang.doc`,
      `${site.origin}/xxgk/ndbg/202102/t20210201_6.html`,
    ]);
    expect(yiyang.figures['applications.new.total']).toBe(3);

    expect(summary).toMatchObject({ saved: 7, merged: 1, unchanged: 0 });
    expect(summary.robots.map((v) => v.url)).toEqual([`${site.origin}${COLUMN.forbidden}`]);
    expect(summary.refused.map((v) => [v.url, v.reasonCode])).toEqual([[`${site.files}/attach/pingtan.wps`, 'UNSUPPORTED_DOCUMENT']]);
    expect(summary.failed.map((v) => [v.url, v.reasonCode])).toEqual([[`${site.origin}${COLUMN.broken}`, 'HTTP_404']]);
    expect(summary.retries).toBe(1);

    // Look-alikes and the forbidden path were never asked for; every connection went to loopback.
    const asked = site.requests.map((r) => r.path);
    for (const p of [...COLUMN.lookAlikes, COLUMN.forbidden]) expect(asked).not.toContain(p);
    expect(asked.filter((p) => p === '/robots.txt')).toHaveLength(2);
    expect(new Set(connections.map((c) => c.address))).toEqual(new Set(['127.0.0.1']));
    expect(new Set(connections.map((c) => c.host))).toEqual(new Set([SITE_HOST, FILES_HOST]));
    // Every page of the column was read once: index.html, index_1 (linked), index_2 (linked and script-written).
    for (const p of ['/xxgk/ndbg/index.html', '/xxgk/ndbg/index_1.html', '/xxgk/ndbg/index_2.html'])
      expect(asked.filter((a) => a === p)).toHaveLength(1);

    const counts = await frontierCounts(pool);
    const byState = (state: string) => counts.filter((c) => c.state === state).reduce((n, c) => n + c.count, 0);
    expect({
      done: byState('done'),
      robots: byState('robots'),
      gone: byState('gone'),
      failed: byState('failed'),
      queued: byState('queued'),
    }).toEqual({
      done: 16,
      robots: 1,
      gone: 1,
      failed: 1,
      queued: 0,
    });
  });

  it('a second run fetches nothing; a re-visit asks conditionally and finds nothing new', async () => {
    await collect([site.columnUrl]);
    const before = await storedReports();
    site.requests.length = 0;
    const second = await collect([site.columnUrl]);
    expect(site.requests).toEqual([]);
    expect(second.visits).toBe(0);

    // Re-visit now: the three list pages are asked with their validators and answer 304.
    const third = await collect([site.columnUrl], { revisitMs: 0 });
    expect(site.requests.map((r) => [r.path, r.status]).sort()).toEqual([
      ['/xxgk/ndbg/index.html', 304],
      ['/xxgk/ndbg/index_1.html', 304],
      ['/xxgk/ndbg/index_2.html', 304],
    ]);
    expect(third).toMatchObject({ notModified: 3, saved: 0, found: 0 });
    expect(await storedReports()).toEqual(before);
  });

  it('a new year on the column is found by the re-visit; a document gone (404) keeps its copy with gone_since', async () => {
    await collect([site.columnUrl]);
    const page2 = site.body(SITE_HOST, '/xxgk/ndbg/index_2.html').toString();
    site.setRoute(SITE_HOST, '/xxgk/ndbg/index_2.html', {
      body: Buffer.from(
        page2.replace('<ul>', '<ul><li><a href="202601/t20260120_13.html">平潭综合实验区2025年政府信息公开工作年度报告</a></li>'),
      ),
      type: 'text/html; charset=utf-8',
    });
    site.setRoute(SITE_HOST, '/xxgk/ndbg/202601/t20260120_13.html', {
      body: Buffer.from(
        reportHtml(readFileSync('data/reports/corpus/pingtan_2022.txt', 'utf8'), '平潭综合实验区2022年政府信息公开工作年度报告'),
      ),
      type: 'text/html; charset=utf-8',
    });
    site.requests.length = 0;
    const revisit = await collect([site.columnUrl], { revisitMs: 0 });
    expect(revisit).toMatchObject({ saved: 1, found: 1, notModified: 2, pages: 1 });
    expect(site.requests.map((r) => [r.path, r.status]).sort()).toEqual([
      ['/xxgk/ndbg/202601/t20260120_13.html', 200],
      ['/xxgk/ndbg/index.html', 304],
      ['/xxgk/ndbg/index_1.html', 304],
      ['/xxgk/ndbg/index_2.html', 200],
    ]);

    site.setRoute(FILES_HOST, '/attach/P020240120.pdf', null);
    const refresh = await collect([site.columnUrl], { refresh: true });
    expect(refresh).toMatchObject({ saved: 0, merged: 0 });
    // Everything else answers 304 to its validators (the redirected page, asked without them, is read again and known).
    expect(refresh.notModified + refresh.unchanged).toBe(refresh.visits - refresh.failed.length);
    const hongze = (await storedReports()).find((r) => r.year === 2023)!;
    expect(hongze.sources).toHaveLength(1);
    expect(hongze.sources[0]!.gone_since).toBeInstanceOf(Date);
    expect(await stateOf(`${site.files}/attach/P020240120.pdf`)).toEqual({ state: 'gone', reason_code: 'HTTP_404' });
  });
});

describe('an address given alone', () => {
  it('a report page, an article with an attachment and a document are each read as what they are', async () => {
    const page = `${site.origin}/xxgk/ndbg/202101/t20210129_1.html`;
    const article = `${site.origin}/xxgk/ndbg/202102/t20210202_7.html`;
    const document = `${site.files}/attach/P020250115.pdf`;
    const summary = await collect([page, article, document]);
    expect(summary).toMatchObject({ saved: 3, pages: 1, found: 1 });
    const reports = await storedReports();
    expect(reports.map((r) => `${r.place} ${r.year}`).sort()).toEqual(['弋阳县 2020', '洪泽区 2024', '阜阳市 2020']);
    const sources = reports.flatMap((r) => r.sources.map((x) => [x.page_url, x.document_url]));
    expect(sources).toContainEqual([page, page]);
    expect(sources).toContainEqual([article, `${site.files}/attach/yiyang.doc`]);
    expect(sources).toContainEqual([document, document]);
    // Nothing else of the site was asked for: no column page, no other article.
    expect(new Set(site.requests.map((r) => r.path))).toEqual(
      new Set([
        '/robots.txt',
        '/xxgk/ndbg/202101/t20210129_1.html',
        '/xxgk/ndbg/202102/t20210202_7.html',
        '/attach/yiyang.doc',
        '/attach/P020250115.pdf',
      ]),
    );
  });
});

describe('a scan on the site', () => {
  it('is queued for text recognition with its web facts (the OCR worker stores it), not refused', async () => {
    await pool.query('TRUNCATE ocr_job RESTART IDENTITY CASCADE');
    site.setRoute(FILES_HOST, '/attach/scan.pdf', { body: Buffer.from(scannedPdf()), type: 'application/pdf' });
    const document = `${site.files}/attach/scan.pdf`;
    const summary = await collect([document]);
    expect(summary).toMatchObject({ queued: 1, saved: 0, refused: [], failed: [] });
    const jobs = await pool.query('SELECT id, file_name, status, facts FROM ocr_job');
    expect(jobs.rows).toMatchObject([
      { file_name: 'scan.pdf', status: 'queued', facts: { documentUrl: document, contentType: 'application/pdf' } },
    ]);
    expect(await stateOf(document)).toMatchObject({ state: 'done', reason_code: 'OCR_QUEUED' });
    expect(await storedReports()).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('a site that forbids everything is not fetched beyond its robots.txt; one that cannot answer is tried again, then failed', async () => {
    const closed = `http://${CLOSED_HOST}:${site.port}/ndbg/index.html`;
    const summary = await collect([closed]);
    expect(summary.robots.map((v) => v.url)).toEqual([closed]);
    expect(site.requests.map((r) => `${r.host}${r.path}`)).toEqual([`${CLOSED_HOST}/robots.txt`]);

    const robots = site.body(CLOSED_HOST, '/robots.txt');
    site.setRoute(CLOSED_HOST, '/robots.txt', { body: Buffer.from('busy'), type: 'text/plain', status: 503 });
    try {
      await pool.query('TRUNCATE collect_host CASCADE');
      site.reset();
      const unavailable = await collect([closed], { settings: { maxAttempts: 2, retryBaseMs: 10 } });
      expect(unavailable.failed.map((v) => [v.url, v.reasonCode])).toEqual([[closed, 'ROBOTS_UNAVAILABLE']]);
      expect(site.requests.every((r) => r.path === '/robots.txt')).toBe(true);
    } finally {
      site.setRoute(CLOSED_HOST, '/robots.txt', { body: robots, type: 'text/plain' });
    }
  });
});

describe('two collectors sharing the database', () => {
  it('share the work, fetch no address twice and hold the per-host pause across both', async () => {
    const pauseMs = 150;
    const seeds = await addSeeds(pool, [site.columnUrl], { revisitMs: 3600_000, refresh: false });
    const summaries: CollectSummary[] = [emptySummary(), emptySummary()];
    const collectors = summaries.map((summary) =>
      createCollector({
        pool,
        reader,
        settings: { ...SETTINGS, pauseMs },
        resolver: site.resolver,
        allowLoopback: true,
        onVisit: (v) => tally(summary, v),
      }),
    );
    await Promise.all(collectors.map((c) => runCollector(c, seeds, 2)));
    // Which collector takes which address is a race (one may take them all on a quiet machine): the
    // invariants are every report saved once between them, no address fetched twice, the pause kept.
    expect(summaries[0]!.saved + summaries[1]!.saved).toBe(7);
    // Only the page that answered 503 once is asked twice.
    const counts = new Map<string, number>();
    for (const r of site.requests) counts.set(`${r.host}${r.path}`, (counts.get(`${r.host}${r.path}`) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([[`${SITE_HOST}/xxgk/ndbg/202501/t20250115_11.html`, 2]]);
    for (const host of [SITE_HOST, FILES_HOST]) {
      const times = site.requests.filter((r) => r.host === host).map((r) => r.at);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(pauseMs - 5);
    }
  });
});

function byPlaceYear(a: { place: string; year: number }, b: { place: string; year: number }): number {
  return a.place.localeCompare(b.place) || a.year - b.year;
}

describe('the host’s turn for a page’s images', () => {
  it('waits out the host’s pause, then holds the host for the request; a host the frontier does not know is no turn', async () => {
    await pool.query(
      `INSERT INTO collect_host (host, next_allowed_at) VALUES ('turn.example-gov.test', now() + interval '400 milliseconds')`,
    );
    const started = Date.now();
    expect(await takeHostTurn(pool, 'turn.example-gov.test', 60_000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    const held = await pool.query(
      `SELECT next_allowed_at > now() + interval '50 seconds' AS held FROM collect_host WHERE host = 'turn.example-gov.test'`,
    );
    expect(held.rows[0].held).toBe(true);
    // Held: another turn waits (here: stopped by its signal before the hold is over).
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    expect(await takeHostTurn(pool, 'turn.example-gov.test', 60_000, stop.signal)).toBe(false);
    await releaseHost(pool, 'turn.example-gov.test', 0);
    expect(await takeHostTurn(pool, 'turn.example-gov.test', 1000)).toBe(true);
    expect(await takeHostTurn(pool, 'unknown.example-gov.test', 1000)).toBe(false);
  });
});

describe('a report page whose table is a picture on a sibling host', () => {
  it('fetches it there in that host’s turn as its own robots.txt allows; one on an unrelated site is named, not fetched', async () => {
    await pool.query('TRUNCATE ocr_job RESTART IDENTITY CASCADE');
    const files = `http://${FILES_HOST}:${site.port}`;
    const elsewhere = `http://cdn.elsewhere.test:${site.port}/t4.jpg`;
    const fixture = await imageTablePage(
      path.resolve(import.meta.dirname, '../../..'),
      '000-fuyang-2020.txt',
      `${files}/img/t4.jpg`,
      `<img src="${files}/private/t4.jpg"><img src="${elsewhere}">`,
    );
    const page = `${site.origin}/xxgk/ndbg/202103/t4-sibling.html`;
    const jpeg = { body: fixture.jpeg, type: 'image/jpeg' };
    site.setRoute(SITE_HOST, '/xxgk/ndbg/202103/t4-sibling.html', { body: Buffer.from(fixture.html), type: 'text/html; charset=utf-8' });
    site.setRoute(FILES_HOST, '/img/t4.jpg', jpeg);
    site.setRoute(FILES_HOST, '/private/t4.jpg', jpeg);
    const robots = site.body(FILES_HOST, '/robots.txt');
    site.setRoute(FILES_HOST, '/robots.txt', {
      body: Buffer.from('User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n'),
      type: 'text/plain',
    });
    try {
      const summary = await collect([page]);
      expect(summary).toMatchObject({ queued: 1, failed: [] });
      // The sibling: its robots.txt, then (its Crawl-delay later) the picture it allows; never what it forbids.
      const asked = site.requests.filter((r) => r.host === FILES_HOST);
      expect(asked.map((r) => r.path)).toEqual(['/robots.txt', '/img/t4.jpg']);
      expect(asked[1]!.at - asked[0]!.at).toBeGreaterThanOrEqual(990);
      expect(asked[1]!.userAgent).toMatch(/GovReportsCollector/);
      const images = await pool.query(
        `SELECT i.src, i.url, i.bytes IS NOT NULL AS fetched, i.unread->>'code' AS code
         FROM ocr_job_image i JOIN ocr_job j ON j.id = i.job_id ORDER BY i.position`,
      );
      expect(images.rows).toEqual([
        { src: `${files}/img/t4.jpg`, url: `${files}/img/t4.jpg`, fetched: true, code: null },
        { src: `${files}/private/t4.jpg`, url: `${files}/private/t4.jpg`, fetched: false, code: 'ROBOTS' },
        { src: elsewhere, url: elsewhere, fetched: false, code: 'IMAGE_OTHER_HOST' },
      ]);
      // Kept for the host's next turn, as a claimed host's robots.txt is.
      const kept = await pool.query('SELECT robots_status FROM collect_host WHERE host = $1', [`${FILES_HOST}:${site.port}`]);
      expect(kept.rows).toEqual([{ robots_status: 200 }]);
    } finally {
      site.setRoute(FILES_HOST, '/robots.txt', { body: robots, type: 'text/plain' });
    }
  });
});
