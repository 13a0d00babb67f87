// Collection on the ways real government sites publish their 年报 (lib/collect/testing/patterns.ts,
// served on 127.0.0.1 behind the injected resolver): for each pattern, what is stored — the report
// and its source addresses — or the clear reason it is skipped, and what is never fetched or stored.
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATTERN, addPatterns } from '../../collect/testing/patterns';
import { SCRIPTED, addScriptedPatterns } from '../../collect/testing/scripted';
import { PATTERN_HOST, SECURE_HOST, WAF_HOST, type FixtureSite } from '../../collect/testing/site';
import { selfSignedCertificate } from '../../collect/testing/tls';
import { claim } from './frontier';
import { summaryLines } from './index';
import { startCollectHarness, type CollectHarness } from './testing/harness';

let harness: CollectHarness;
let site: FixtureSite;
let pool: pg.Pool;

beforeAll(async () => {
  harness = await startCollectHarness({ tls: selfSignedCertificate() });
  ({ site, pool } = harness);
  addPatterns(site);
  addScriptedPatterns(site);
});
afterAll(() => harness?.close());
beforeEach(() => harness.reset());

const at = (p: string, host = PATTERN_HOST) => `http://${host}:${site.port}${p}`;
const asked = (host = PATTERN_HOST) => site.requests.filter((r) => r.host === host).map((r) => r.path);
const placeYears = async () => (await harness.storedReports()).map((r) => `${r.place} ${r.year}`).sort();
const report = async (place: string, year: number) => (await harness.storedReports()).find((r) => r.place === place && r.year === year)!;

describe('a 年报 column as real CMSs write it', () => {
  it('script pager with variables and with an element id, titles cut short, another year’s column; a server refusing bots and HEAD', async () => {
    const summary = await harness.collect([at(PATTERN.column)]);
    expect(await placeYears()).toEqual(PATTERN.columnReports.map((r) => `${r.place} ${r.year}`).sort());
    for (const p of PATTERN.columnPages) expect(asked().filter((a) => a === p)).toHaveLength(1);
    for (const p of PATTERN.columnLookAlikes) expect(asked()).not.toContain(p);
    // Only GETs, each with the honest, browser-shaped User-Agent; the bot-refusing pages never answered 403.
    expect(new Set(site.requests.map((r) => r.method))).toEqual(new Set(['GET']));
    for (const r of site.requests)
      expect(r.userAgent).toMatch(/^Mozilla\/5\.0 \(compatible; GovReportsCollector\/1\.0; .*contact: tests@example-gov\.test\)$/);
    expect(site.requests.filter((r) => r.status === 403)).toEqual([]);
    expect(summary.failed).toEqual([]);
    // The Word file opened by window.open('…') is the source of 宁波市, found on its article.
    expect((await report('宁波市', 2020)).sources.map((s) => [s.page_url, s.document_url])).toEqual([
      [at(PATTERN.onclick), at('/attach/ningbo.docx')],
    ]);
  });

  it('a page named as one year’s report that lists that year’s reports is read as a list', async () => {
    await harness.collect([at(PATTERN.yearListing)]);
    expect(await placeYears()).toEqual(['宁波市 2020', '阜阳市 2020']);
    expect(await harness.stateOf(at(PATTERN.yearListing))).toMatchObject({ state: 'done', reason_code: null });
  });

  it('a moved column (301) is re-visited with the validators of where it moved: 304', async () => {
    // The 2017 column it moved to links the other years' column: the whole 年报 column is collected.
    await harness.collect([at(PATTERN.moved)]);
    expect(await placeYears()).toEqual(PATTERN.columnReports.map((r) => `${r.place} ${r.year}`).sort());
    site.reset();
    const revisit = await harness.collect([at(PATTERN.moved)], { revisitMs: 0 });
    // The 2017 column is asked twice, as where the old address leads and as itself: 304 both times.
    expect(site.requests.map((r) => [r.path, r.status]).sort()).toEqual(
      [[PATTERN.moved, 301], ...PATTERN.columnPages.map((p) => [p, 304]), ['/xxgk/ndbg/2017/', 304]].sort(),
    );
    expect(revisit).toMatchObject({ notModified: PATTERN.columnPages.length + 1, saved: 0 });
  });
});

describe('report pages and how they link the report', () => {
  it('attachments by ../ and ./ paths, and behind download.jsp?id=… named by its link and Content-Disposition', async () => {
    await harness.collect([at(PATTERN.relativeUp), at(PATTERN.relativeHere), at(PATTERN.download)]);
    expect(await placeYears()).toEqual(['洪泽区 2023', '洪泽区 2024', '淮安市 2024']);
    expect((await report('洪泽区', 2023)).sources.map((s) => s.document_url)).toEqual([at('/files/2024/P020240120571.pdf')]);
    expect((await report('洪泽区', 2024)).sources.map((s) => s.document_url)).toEqual([at('/xxgk/ndbg/202501/P020250115398.pdf')]);
    expect((await report('淮安市', 2024)).sources.map((s) => [s.page_url, s.document_url])).toEqual([
      [at(PATTERN.download), at(PATTERN.downloadFile)],
    ]);
    const file = await pool.query('SELECT file_name FROM report_source WHERE document_url = $1', [at(PATTERN.downloadFile)]);
    expect(file.rows[0].file_name).toBe('淮安市2024年年报.pdf');
  });

  it('an empty page framing the report page, and a page framing a PDF viewer, are read through their frames', async () => {
    await harness.collect([at(PATTERN.iframe), at(PATTERN.viewer)]);
    expect(await placeYears()).toEqual(['弋阳县 2020', '洪泽区 2023']);
    expect((await report('弋阳县', 2020)).sources.map((s) => s.document_url)).toEqual([at(PATTERN.iframeContent)]);
    expect((await report('洪泽区', 2023)).sources.map((s) => [s.page_url, s.document_url])).toEqual([
      [at(PATTERN.viewer), at('/files/2024/P020240120571.pdf')],
    ]);
    // The shell itself is not a report: it is an article page that led to its frame.
    expect(await harness.stateOf(at(PATTERN.iframe))).toMatchObject({ state: 'done', reason_code: null });
  });

  it('pages that only redirect, by <meta http-equiv="refresh"> or window.location, lead to the report', async () => {
    const summary = await harness.collect([at(PATTERN.metaRefresh), at(PATTERN.scriptRedirect)]);
    expect(await placeYears()).toEqual(['阜阳市 2020']);
    // The same bytes twice: one report, stored once.
    expect(summary).toMatchObject({ saved: 1, unchanged: 1 });
    expect(asked().filter((p) => p === PATTERN.reportTarget)).toHaveLength(2);
    const [source] = (await report('阜阳市', 2020)).sources;
    expect([at(PATTERN.metaRefresh), at(PATTERN.scriptRedirect)]).toContain(source!.document_url);
  });

  it('the report among a form, an explainer and a spreadsheet; only unreadable attachments; the report on the page and attached', async () => {
    await harness.collect([at(PATTERN.manyAttachments), at(PATTERN.unreadOnly), at(PATTERN.inlineAndAttached)]);
    expect(await placeYears()).toEqual(['平潭综合实验区 2022', '弋阳县 2020']);
    expect((await report('平潭综合实验区', 2022)).sources.map((s) => s.document_url)).toEqual([at('/attach/pingtan.docx')]);
    // The page's tables and the .doc are one report with two sources.
    expect((await report('弋阳县', 2020)).sources.map((s) => s.document_url).sort()).toEqual(
      [at(PATTERN.inlineAndAttached), at('/attach/yiyang.doc')].sort(),
    );
    const unread = await harness.stateOf(at(PATTERN.unreadOnly));
    expect(unread).toMatchObject({ state: 'not_report', reason_code: 'ATTACHMENT_UNREAD' });
    expect(unread!.reason).toMatch(/\.xlsx, \.zip/);
    for (const p of PATTERN.notFetched) expect(asked()).not.toContain(p);
  });
});

describe('what sites send instead of the page', () => {
  it('firewall script challenges (a cookie and a reload; 瑞数 412), robots.txt included, are skipped with their reason and never stored', async () => {
    const urls = [at(PATTERN.challenge200), at(PATTERN.challenge412), at(PATTERN.wafPage, WAF_HOST)];
    const summary = await harness.collect(urls);
    expect(await harness.storedReports()).toEqual([]);
    expect(summary.failed.map((v) => [v.url, v.reasonCode]).sort()).toEqual(urls.map((u) => [u, 'JS_CHALLENGE']).sort());
    expect((await harness.stateOf(at(PATTERN.challenge412)))!.reason).toMatch(/firewall.*\$_ts.*HTTP 412.*upload the report instead/);
    // Behind the firewall, robots.txt was the only address asked for.
    expect(asked(WAF_HOST)).toEqual(['/robots.txt']);
  });

  it('GBK under a UTF-8 <meta>, GBK undeclared, a BOM under a GBK <meta>, UTF-8 under a GBK header, GB18030: one report, read right', async () => {
    const summary = await harness.collect(PATTERN.encodings.map((p) => at(p)));
    expect(summary.failed.concat(summary.refused, summary.notReports)).toEqual([]);
    // Five different byte streams, one report: the same place, year and figures from each.
    const yiyang = await report('弋阳县', 2020);
    expect(await placeYears()).toEqual(['弋阳县 2020']);
    expect(yiyang.sources.map((s) => s.document_url).sort()).toEqual(PATTERN.encodings.map((p) => at(p)).sort());
    expect(yiyang.figures['applications.new.total']).toBe(3);
  });

  it('gzip, deflate (wrapped and raw) and br bodies are decoded to the same bytes', async () => {
    const summary = await harness.collect(PATTERN.compressed.map((p) => at(p)));
    expect(await placeYears()).toEqual(['阜阳市 2020']);
    // Identical decoded bytes: stored once, then known.
    expect(summary).toMatchObject({ saved: 1, unchanged: 3 });
  });
});

describe('https', () => {
  const secure = () => `https://${SECURE_HOST}:${site.tls!.port}${PATTERN.secureReport}`;

  it('a certificate that cannot be verified is refused with the reason and the setting that accepts it; nothing stored', async () => {
    const summary = await harness.collect([secure()]);
    expect(summary.failed.map((v) => v.reasonCode)).toEqual(['TLS_CERTIFICATE']);
    expect(summary.failed[0]!.reason).toMatch(/secure\.example-gov\.test.*COLLECT_INSECURE_TLS/);
    expect(await harness.storedReports()).toEqual([]);
    expect(asked(SECURE_HOST)).toEqual([]);
  });

  it('is collected when the host is named in COLLECT_INSECURE_TLS, or its certificate is trusted', async () => {
    await harness.collect([secure()], { settings: { insecureTlsHosts: [SECURE_HOST] } });
    expect((await report('乌兰察布市', 2020)).sources.map((s) => s.document_url)).toEqual([secure()]);
    await harness.reset();
    await harness.collect([secure()], { ca: site.tls!.cert });
    expect((await report('乌兰察布市', 2020)).sources.map((s) => s.document_url)).toEqual([secure()]);
    expect(asked(SECURE_HOST)).toEqual(['/robots.txt', PATTERN.secureReport]);
  });
});

describe('the claim', () => {
  it('takes the free host’s address however many addresses a paused host has waiting', async () => {
    const busy = Array.from({ length: 3000 }, (_, i) => `http://busy.example-gov.test/a${i}.html`);
    await pool.query(
      // A second ago, not now(): timestamptz(3) rounds now() to the millisecond, upwards half the
      // time, and a claim within that half millisecond would find the host not yet free.
      `INSERT INTO collect_host (host, next_allowed_at) VALUES ('busy.example-gov.test', now() + interval '1 hour'), ('free.example-gov.test', now() - interval '1 second')`,
    );
    await pool.query(`INSERT INTO collect_url (url, host, kind) SELECT unnest($1::text[]), 'busy.example-gov.test', 'article'`, [busy]);
    await pool.query(
      `INSERT INTO collect_url (url, host, kind, next_attempt_at) VALUES ('http://free.example-gov.test/x.html', 'free.example-gov.test', 'article', now() - interval '1 second')`,
    );
    const c = await claim(pool, 60_000, null);
    expect(c.claimed?.url).toBe('http://free.example-gov.test/x.html');
    // Nothing else may be taken now: the free host is busy with its address, the other still paused.
    expect(await claim(pool, 60_000, null)).toMatchObject({ claimed: null });
  });
});

describe('lists written by scripts, read without running them', () => {
  const reportsOf = async () => (await placeYears()).filter(Boolean);
  const get = (p: string) => site.requests.filter((r) => r.host === PATTERN_HOST && r.path === p);

  it('大汉 JCMS jpage: the records in the page, then the next group from dataproxy.jsp (GET, the column’s parameters)', async () => {
    const summary = await harness.collect([at(SCRIPTED.jcms.column)]);
    expect(await reportsOf()).toEqual([...SCRIPTED.jcms.reports].sort());
    expect(get(SCRIPTED.jcms.proxy).map((r) => [r.method, r.status])).toEqual([['GET', 200]]);
    expect(asked()).not.toContain(SCRIPTED.jcms.lookAlike);
    expect(summary.failed.concat(summary.partial)).toEqual([]);
    // The report listed by the endpoint keeps its own page as its source.
    expect((await report('商丘市', 2017)).sources.map((s) => s.document_url)).toEqual([at('/art/2018/1/30/art_2061_3.html')]);
  });

  it('a JSON API the page POSTs to: every page asked once with GET, relative links from the column, a PDF record dated by its record', async () => {
    const summary = await harness.collect([at(SCRIPTED.api.column)]);
    expect(await reportsOf()).toEqual([...SCRIPTED.api.reports].sort());
    for (const p of SCRIPTED.api.pages) expect(get(p).map((r) => r.method)).toEqual(['GET']);
    expect(asked()).not.toContain(SCRIPTED.api.lookAlike);
    expect(summary.failed).toEqual([]);
    expect((await report('弋阳县', 2020)).sources.map((s) => s.document_url)).toEqual([at('/zfxxgk/ndbg/202102/t20210202_1.html')]);
    // A document listed by the API: its page is the column a reader opens, its date the record's.
    expect((await report('洪泽区', 2023)).sources.map((s) => [s.page_url, s.document_url, s.page_published_on])).toEqual([
      [at(SCRIPTED.api.column), at(SCRIPTED.api.pdf), '2024-01-20'],
    ]);
    // A re-run asks nothing new.
    site.reset();
    expect(await harness.collect([at(SCRIPTED.api.column)])).toMatchObject({ visits: 0, saved: 0 });
    expect(site.requests).toEqual([]);
  });

  it('data in the page (a variable, document.write, JSON) and a JSON file; a list from another host named as read in part', async () => {
    const summary = await harness.collect([at(SCRIPTED.data.column)]);
    expect(await reportsOf()).toEqual([...SCRIPTED.data.reports].sort());
    expect(get(SCRIPTED.data.file)).toHaveLength(1);
    expect(summary.partial.map((v) => [v.url, v.reasonCode])).toEqual([[at(SCRIPTED.data.column), 'SCRIPT_LIST']]);
    expect(summary.partial[0]!.reason).toMatch(/another host, api\.other-gov\.test/);
    // No packet toward the other host: only the fixture's names were resolved.
    expect(harness.connections.map((c) => c.host)).not.toContain('api.other-gov.test');
    expect(summaryLines(summary, 1).join('\n')).toMatch(/list read in part \(1\) SCRIPT_LIST: .*another host/);
  });

  it('a column whose list cannot be read fails with the reasons, never a silent nothing', async () => {
    const summary = await harness.collect([at(SCRIPTED.unreadable)]);
    expect(await harness.storedReports()).toEqual([]);
    expect(summary.failed.map((v) => [v.url, v.reasonCode])).toEqual([[at(SCRIPTED.unreadable), 'SCRIPT_LIST']]);
    expect(summary.failed[0]!.reason).toMatch(/another host, api\.other-gov\.test.*; a list address built at run time/);
    expect(asked()).toEqual(['/robots.txt', SCRIPTED.unreadable]);
    expect(summaryLines(summary, 1)[1]).toBe('  no report found: see the reasons below');
  });

  it('an application’s empty shell: its own scripts read for the list they ask (libraries never fetched); one that asks none says so', async () => {
    const summary = await harness.collect([at(SCRIPTED.shell.column)]);
    expect(await placeYears()).toEqual(['乌兰察布市 2020']);
    expect(get(SCRIPTED.shell.api)).toHaveLength(1);
    for (const p of SCRIPTED.shell.libraries) expect(asked()).not.toContain(p);
    expect(harness.connections.map((c) => c.host)).not.toContain('hm.baidu.com');
    const config = await harness.stateOf(at(SCRIPTED.shell.config));
    expect(config).toMatchObject({ state: 'not_report', reason_code: 'LIST_UNREAD' });
    expect(config!.reason).toBe(
      `the page's script ${at(SCRIPTED.shell.config)} asks no list and holds none that can be read without running it`,
    );
    expect(summary.failed).toEqual([]);
  });

  it('endpoints of no known shape, POST only, or forbidden by robots.txt: each with its reason; another list asked once', async () => {
    await harness.collect([at(SCRIPTED.mixed.column)]);
    expect(await harness.stateOf(at(SCRIPTED.mixed.column))).toMatchObject({ state: 'done', reason_code: null });
    const unknown = await harness.stateOf(at(SCRIPTED.mixed.unknownShape));
    expect(unknown).toMatchObject({ state: 'not_report', reason_code: 'LIST_UNREAD' });
    expect(unknown!.reason).toBe('JSON without records of a title and an address (code, msg, result)');
    const post = await harness.stateOf(at(SCRIPTED.mixed.postOnly));
    expect(post).toMatchObject({ state: 'failed', reason_code: 'HTTP_405' });
    expect(post!.reason).toMatch(/POSTs to it.*GET only/);
    expect(await harness.stateOf(at(SCRIPTED.mixed.forbidden))).toMatchObject({ state: 'robots', reason_code: 'ROBOTS' });
    expect(asked()).not.toContain(SCRIPTED.mixed.forbidden);
    // The side bar's news list: its first page only, no report in it.
    expect(asked().filter((p) => p.startsWith('/api/news/'))).toEqual([SCRIPTED.mixed.news]);
    expect(await harness.stateOf(at(SCRIPTED.mixed.news))).toMatchObject({ state: 'done', reason_code: null });
  });
});
