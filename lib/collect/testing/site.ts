// A government website on 127.0.0.1 for the collection tests and benchmark, built from the bundled
// reports and imitating real sites: a 年报 column of three list pages (numbered index_N.html links
// and a pager written by a script), articles with the report as HTML tables (one in GBK declared
// only in its <meta>), articles that only link a PDF, .doc or .docx on a file host, a look-alike
// (工作要点), a 404, a slow page, a redirect, a 503 then success, a robots.txt that forbids one path,
// a .wps that is not a Word file; and for the fetcher's tests a redirect loop, a huge file and a
// page that never answers. Host names are *.example-gov.test: `resolver` maps them to 127.0.0.1
// and refuses every other name, so nothing leaves the machine.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import type { Resolver } from '../address';
import { docx } from '../../extract/testing/zip';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SITE_HOST = 'www.example-gov.test';
export const FILES_HOST = 'files.example-gov.test';
/** A site whose robots.txt forbids everything. */
export const CLOSED_HOST = 'closed.example-gov.test';
/** Hosts of the pages imitating how real sites publish (testing/patterns.ts). */
export const PATTERN_HOST = 'xxgk.example-gov.test';
/** A site behind a firewall that answers every request, robots.txt included, with a script challenge. */
export const WAF_HOST = 'waf.example-gov.test';
/** The host of the https tests. */
export const SECURE_HOST = 'secure.example-gov.test';
const FIXTURE_HOSTS = [SITE_HOST, FILES_HOST, CLOSED_HOST, PATTERN_HOST, WAF_HOST, SECURE_HOST];
/** COLLECT_HOST_MAP for a CLI or server collecting from the site. */
export const SITE_HOST_MAP = FIXTURE_HOSTS.map((h) => `${h}=127.0.0.1`).join(',');

function encode(body: Buffer, encoding: NonNullable<Route['encoding']>): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body);
  if (encoding === 'br') return zlib.brotliCompressSync(body);
  return encoding === 'deflate' ? zlib.deflateSync(body) : zlib.deflateRawSync(body);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A bundled report's text as a web page: its tables (one cell per line, rows ended by a line of pipes) as real tables. */
export function reportHtml(text: string, title: string, charset = 'utf-8'): string {
  const html: string[] = [];
  const row: string[] = [];
  let rows: string[][] | null = null;
  const flush = () => {
    if (rows && row.length) rows.push(row.splice(0));
    if (rows)
      html.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`);
    rows = null;
  };
  for (const line of text.split('\n')) {
    const cell = /^(.*\S) \|$/.exec(line);
    if (cell || /^\|+$/.test(line)) {
      rows ??= [];
      if (cell) row.push(cell[1]!);
      else if (row.length) rows.push(row.splice(0));
      continue;
    }
    flush();
    if (line.trim()) html.push(`<p>${escape(line)}</p>`);
  }
  flush();
  return page(title, `<div class="article"><h1>${escape(title)}</h1><div class="content">${html.join('\n')}</div></div>`, charset);
}

export function page(title: string, body: string, charset = 'utf-8', head = ''): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">${head}<title>${escape(title)}_某某市人民政府</title></head>
<body><div class="nav"><a href="/index.html">首页</a> <a href="/xxgk/index.html">政府信息公开</a> <a href="/xxgk/ndbg/index.html">政府信息公开年报</a></div>
${body}
<div class="footer">主办：某某市人民政府办公室 <a href="/sitemap.html">网站地图</a></div></body></html>`;
}

export function listPage(title: string, links: { href: string; title: string; date: string }[], pager: string): string {
  const items = links.map(
    (l) => `<li><a href="${l.href}" title="${escape(l.title)}" target="_blank">${escape(l.title)}</a><span>${l.date}</span></li>`,
  );
  return page(title, `<div class="list"><h2>${escape(title)}</h2><ul>${items.join('\n')}</ul><div class="pager">${pager}</div></div>`);
}

/** An article linking the report as an attachment; its publication date, when given, in its PubDate meta or a 发布时间 line. */
export function articleWithAttachment(title: string, href: string, name: string, published?: { meta: string } | { field: string }): string {
  return page(
    title,
    `<div class="article"><h1>${escape(title)}</h1>${published && 'field' in published ? `<div class="info">发布时间：${published.field}　来源：政府办公室</div>` : ''}
<div class="content"><p>根据《中华人民共和国政府信息公开条例》规定，现将${escape(title)}予以公布。</p>
<p>附件：<a href="${href}">${escape(name)}</a></p></div></div>`,
    'utf-8',
    published && 'meta' in published ? `<meta name="PubDate" content="${published.meta}">` : '',
  );
}

export interface Route {
  body: Buffer | (() => Buffer);
  type: string;
  status?: number;
  headers?: Record<string, string>;
  /** Answer after this long. */
  delayMs?: number;
  /** Sent in chunks without a Content-Length. */
  chunked?: boolean;
  /** Answer 503 (Retry-After: 0) to the first this many requests. */
  failFirst?: number;
  /** Sent with this Content-Encoding (deflate-raw: "deflate" without its zlib wrapper, as some servers send it). */
  encoding?: 'gzip' | 'deflate' | 'deflate-raw' | 'br';
  /** 403 to a User-Agent that does not start like a browser's (Mozilla/5.0), as some sites do. */
  browserOnly?: boolean;
}

export interface SiteRequest {
  host: string;
  path: string;
  at: number;
  status: number;
  method: string;
  userAgent: string;
}

export interface FixtureSite {
  /** http://www.example-gov.test:<port> */
  origin: string;
  files: string;
  /** The column's first page. */
  columnUrl: string;
  port: number;
  /** The same site over https (a self-signed certificate for every *.example-gov.test name), when asked for. */
  tls: { port: number; cert: string } | null;
  /** Maps the site's host names to 127.0.0.1; refuses (throws for) every other name. */
  resolver: Resolver;
  /** Every request the site answered (or is answering), in order. */
  requests: SiteRequest[];
  /** Forgets the requests answered (and so answers 503 again to a first request). */
  reset(): void;
  /** A page's bytes as served now. */
  body(host: string, pathName: string): Buffer;
  /** Replaces or adds a page (tests of re-visits). */
  setRoute(host: string, pathName: string, route: Route | null): void;
  close(): Promise<void>;
}

export interface SiteOptions {
  /** Delay of the slow article (default 300 ms). */
  slowMs?: number;
  /** Size of /files/huge.pdf (default 60 MB, streamed). */
  hugeBytes?: number;
  /** Extra generated report articles in the column (benchmark), their texts by index. */
  generated?: { count: number; text(i: number): string; perPage?: number };
  /** Also serve over https with this key and certificate (testing/tls.ts makes one). */
  tls?: { key: string; cert: string };
}

const seed = (name: string) => readFileSync(path.join(ROOT, 'data/reports/seeds', name), 'utf8');
const corpus = (name: string) => readFileSync(path.join(ROOT, 'data/reports/corpus', name));

/** What the column holds, for the tests' expectations. */
export const COLUMN = {
  /** Reports collected from the column (jurisdiction name, year), each with its sources' count. */
  reports: [
    { place: '阜阳市', year: 2020, sources: 1 },
    { place: '弋阳县', year: 2020, sources: 2 },
    { place: '宁波市', year: 2020, sources: 1 },
    { place: '乌兰察布市', year: 2020, sources: 1 },
    { place: '商丘市', year: 2017, sources: 1 },
    { place: '洪泽区', year: 2023, sources: 1 },
    { place: '洪泽区', year: 2024, sources: 1 },
  ],
  /** Link titles that are not reports: never fetched. */
  lookAlikes: ['/xxgk/ndbg/202103/t20210301_3.html', '/xxgk/ndbg/202102/t20210220_4.html'],
  forbidden: '/private/t20250110_9.html',
  broken: '/xxgk/ndbg/201901/t20190125_5.html',
};

export async function startFixtureSite(options: SiteOptions = {}): Promise<FixtureSite> {
  const routes = new Map<string, Route>();
  const served = new Map<string, number>();
  const requests: SiteRequest[] = [];
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const pathName = (req.url ?? '/').split('#')[0]!;
    const key = `${host}${pathName}`;
    const route = routes.get(key);
    const n = (served.get(key) ?? 0) + 1;
    served.set(key, n);
    const userAgent = req.headers['user-agent'] ?? '';
    const entry: SiteRequest = { host, path: pathName, at: Date.now(), status: 0, method: req.method ?? '', userAgent };
    requests.push(entry);
    const answer = () => {
      // Like many government servers: HEAD is not allowed.
      if (req.method !== 'GET') {
        entry.status = 405;
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      if (route?.browserOnly && !userAgent.startsWith('Mozilla/5.0')) {
        entry.status = 403;
        res.writeHead(403, { 'content-type': 'text/html; charset=utf-8' }).end(page('403 Forbidden', '<p>访问被拒绝</p>'));
        return;
      }
      if (!route) {
        entry.status = 404;
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page('页面不存在', '<p>您访问的页面不存在</p>'));
        return;
      }
      if (route.failFirst && n <= route.failFirst) {
        entry.status = 503;
        res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('busy');
        return;
      }
      const plain = typeof route.body === 'function' ? route.body() : route.body;
      const body = route.encoding ? encode(plain, route.encoding) : plain;
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if ((route.status ?? 200) === 200 && req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, { etag }).end();
        return;
      }
      entry.status = route.status ?? 200;
      res.writeHead(entry.status, {
        'content-type': route.type,
        ...(route.chunked ? {} : { 'content-length': String(body.length) }),
        etag,
        'last-modified': 'Mon, 10 Mar 2025 08:00:00 GMT',
        ...(route.encoding && { 'content-encoding': route.encoding === 'deflate-raw' ? 'deflate' : route.encoding }),
        ...route.headers,
      });
      if (!route.chunked) return void res.end(body);
      for (let at = 0; at < body.length; at += 64 * 1024) res.write(body.subarray(at, at + 64 * 1024));
      res.end();
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  };
  const server = http.createServer(handler);
  const secure = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : null;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  if (secure) await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${SITE_HOST}:${port}`;
  const files = `http://${FILES_HOST}:${port}`;
  const html = (s: string, charset = 'utf-8') => ({ body: Buffer.from(s), type: `text/html; charset=${charset}` });
  const add = (host: string, p: string, r: Route) => routes.set(`${host}${p}`, r);
  const site = (p: string, r: Route) => add(SITE_HOST, p, r);

  site('/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /private/\n'), type: 'text/plain' });
  const t = (year: number, place: string) => `${place}${year}年政府信息公开工作年度报告`;
  site('/xxgk/ndbg/index.html', {
    ...html(
      listPage(
        '政府信息公开年报',
        [
          { href: '202101/t20210129_1.html', title: t(2020, '阜阳市'), date: '2021-01-29' },
          { href: '202401/t20240120_2.html', title: t(2023, '洪泽区'), date: '2024-01-20' },
          { href: '202103/t20210301_3.html', title: '阜阳市2021年政务公开工作要点', date: '2021-03-01' },
          { href: '202102/t20210220_4.html', title: '图解：阜阳市2020年政府信息公开工作年度报告解读', date: '2021-02-20' },
          { href: '201901/t20190125_5.html', title: t(2018, '阜阳市'), date: '2019-01-25' },
        ],
        '<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a>',
      ),
    ),
  });
  // Page 2's pager exists only as a script call, as many CMSs write it.
  site('/xxgk/ndbg/index_1.html', {
    ...html(
      listPage(
        '政府信息公开年报',
        [
          { href: './202102/t20210201_6.html', title: t(2020, '弋阳县'), date: '2021-02-01' },
          { href: './202102/t20210202_7.html', title: `${t(2020, '弋阳县')}（Word版）`, date: '2021-02-02' },
          { href: '/xxgk/ndbg/202101/t20210130_8.html', title: t(2020, '宁波市'), date: '2021-04-02' },
          {
            href: `${origin}/xxgk/ndbg/202101/t20210131_10.html`,
            title: `乌兰察布市政府办公室2020年政府信息公开工作年度报告`,
            date: '2021-01-31',
          },
        ],
        '<script type="text/javascript">createPageHTML(3, 1, "index", "html");</script>',
      ),
    ),
  });
  site('/xxgk/ndbg/index_2.html', {
    ...html(
      listPage(
        '政府信息公开年报',
        [
          { href: '/old/t7.html', title: t(2017, '商丘市'), date: '2018-01-30' },
          { href: '202501/t20250115_11.html', title: t(2024, '淮安市洪泽区'), date: '2025-01-15' },
          { href: '/private/t20250110_9.html', title: t(2024, '淮安市'), date: '2025-01-10' },
          { href: '202201/t20220120_12.html', title: t(2022, '平潭综合实验区'), date: '2022-01-20' },
        ],
        '<script type="text/javascript">createPageHTML(3, 2, "index", "html");</script>',
      ),
    ),
  });
  site('/xxgk/ndbg/202101/t20210129_1.html', html(reportHtml(seed('000-fuyang-2020.txt'), t(2020, '阜阳市'))));
  site(
    '/xxgk/ndbg/202401/t20240120_2.html',
    html(
      articleWithAttachment(t(2023, '洪泽区'), `${files}/attach/P020240120.pdf`, `${t(2023, '洪泽区')}.pdf`, { meta: '2024-01-20 09:30' }),
    ),
  );
  site('/xxgk/ndbg/202103/t20210301_3.html', html(page('阜阳市2021年政务公开工作要点', '<p>一、工作要点</p>')));
  site('/xxgk/ndbg/202102/t20210220_4.html', html(page('解读', '<p>解读</p>')));
  // GBK, declared only in the page's <meta> (the HTTP header names no charset).
  site('/xxgk/ndbg/202102/t20210201_6.html', {
    body: iconv.encode(reportHtml(seed('001-yiyang-2020.txt'), t(2020, '弋阳县'), 'gb2312'), 'gbk'),
    type: 'text/html',
  });
  site(
    '/xxgk/ndbg/202102/t20210202_7.html',
    html(articleWithAttachment(`${t(2020, '弋阳县')}（Word版）`, `${files}/attach/yiyang.doc`, '弋阳县年报.doc')),
  );
  site(
    '/xxgk/ndbg/202101/t20210130_8.html',
    // Published two days after the 2019 条例's 31 March: the on-time check goes by this page's date.
    html(articleWithAttachment(t(2020, '宁波市'), `${files}/attach/ningbo.docx`, '宁波市年报.docx', { field: '2021-04-02 16:05' })),
  );
  site('/xxgk/ndbg/202101/t20210131_10.html', {
    ...html(reportHtml(seed('003-wulanchabu-office-2020.txt'), '乌兰察布市政府办公室2020年政府信息公开工作年度报告')),
    delayMs: options.slowMs ?? 300,
  });
  site('/old/t7.html', {
    body: Buffer.alloc(0),
    type: 'text/html',
    status: 301,
    headers: { location: '/xxgk/ndbg/201801/t20180130_7.html' },
  });
  site('/xxgk/ndbg/201801/t20180130_7.html', html(reportHtml(seed('004-shangqiu-2017.txt'), t(2017, '商丘市'))));
  site('/xxgk/ndbg/202501/t20250115_11.html', {
    ...html(articleWithAttachment(t(2024, '淮安市洪泽区'), `${files}/attach/P020250115.pdf`, '年报.pdf')),
    failFirst: 1,
  });
  site('/private/t20250110_9.html', html(articleWithAttachment(t(2024, '淮安市'), `${files}/attach/huaian.pdf`, '年报.pdf')));
  site(
    '/xxgk/ndbg/202201/t20220120_12.html',
    html(articleWithAttachment(t(2022, '平潭综合实验区'), `${files}/attach/pingtan.wps`, '年报.wps')),
  );

  add(FILES_HOST, '/robots.txt', { body: Buffer.from('User-agent: *\nAllow: /\n'), type: 'text/plain' });
  add(FILES_HOST, '/attach/P020240120.pdf', { body: corpus('hongze_district_2023.pdf'), type: 'application/pdf' });
  add(FILES_HOST, '/attach/P020250115.pdf', { body: corpus('hongze_district_2024.pdf'), type: 'application/pdf' });
  add(FILES_HOST, '/attach/huaian.pdf', { body: corpus('huaian_city_2024.pdf'), type: 'application/pdf' });
  add(FILES_HOST, '/attach/yiyang.doc', {
    body: readFileSync(path.join(ROOT, 'lib/extract/testing/yiyang-2020.doc')),
    type: 'application/msword',
  });
  const ningbo = seed('002-ningbo-2020.txt')
    .split('\n')
    .filter((l) => l.trim());
  add(FILES_HOST, '/attach/ningbo.docx', {
    body: Buffer.from(docx(ningbo, [], -1, { deflate: true })),
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  // A .wps that is not in Word's format (here: a zip of something else) is refused with that reason.
  add(FILES_HOST, '/attach/pingtan.wps', { body: Buffer.from(docx(['x'], [], -1)).subarray(0, 200), type: 'application/kswps' });

  add(CLOSED_HOST, '/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /\n'), type: 'text/plain' });
  add(CLOSED_HOST, '/ndbg/index.html', html(page('政府信息公开年报', '<p>年报</p>')));

  // For the fetcher's own tests.
  site('/loop/a', { body: Buffer.alloc(0), type: 'text/html', status: 302, headers: { location: '/loop/b' } });
  site('/loop/b', { body: Buffer.alloc(0), type: 'text/html', status: 302, headers: { location: `${origin}/loop/a` } });
  const hugeBytes = options.hugeBytes ?? 60 * 1024 * 1024;
  site('/files/huge.pdf', { body: () => Buffer.alloc(hugeBytes, 0x20), type: 'application/pdf' });
  site('/never', { ...html(page('slow', '<p>slow</p>')), delayMs: 30_000 });

  if (options.generated) addGenerated(site, options.generated);

  const sockets = new Set<import('node:net').Socket>();
  for (const s of [server, secure]) s?.on('connection', (c) => (sockets.add(c), c.on('close', () => sockets.delete(c))));
  return {
    origin,
    files,
    port,
    tls: secure && options.tls ? { port: (secure.address() as AddressInfo).port, cert: options.tls.cert } : null,
    columnUrl: `${origin}/xxgk/ndbg/index.html`,
    requests,
    resolver: async (hostname) => {
      if (FIXTURE_HOSTS.includes(hostname)) return ['127.0.0.1'];
      throw new Error(`the fixture resolver knows no ${hostname}`);
    },
    reset() {
      requests.length = 0;
      served.clear();
    },
    body(host, pathName) {
      const route = routes.get(`${host}${pathName}`);
      if (!route) throw new Error(`no page ${host}${pathName}`);
      return typeof route.body === 'function' ? route.body() : route.body;
    },
    setRoute(host, pathName, route) {
      if (route) routes.set(`${host}${pathName}`, route);
      else routes.delete(`${host}${pathName}`);
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([server, secure].map((s) => s && new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

/** A second column, /gen/, of generated report articles (benchmark), paged by a script pager. */
function addGenerated(site: (p: string, r: Route) => void, g: NonNullable<SiteOptions['generated']>): void {
  const perPage = g.perPage ?? 20;
  const pages = Math.ceil(g.count / perPage);
  for (let p = 0; p < pages; p++) {
    const links = [];
    for (let i = p * perPage; i < Math.min(g.count, (p + 1) * perPage); i++)
      links.push({ href: `a${i}.html`, title: `第${i}号政府信息公开工作年度报告`, date: '2025-01-01' });
    site(`/gen/${p === 0 ? 'index' : `index_${p}`}.html`, {
      // Without the site's navigation: its link to the other 年报 column would be collected too.
      body: Buffer.from(
        listPage('政府信息公开年报', links, `<script>createPageHTML(${pages}, ${p}, "index", "html");</script>`).replace(
          /<div class="nav">.*?<\/div>/,
          '',
        ),
      ),
      type: 'text/html; charset=utf-8',
    });
  }
  for (let i = 0; i < g.count; i++)
    site(`/gen/a${i}.html`, {
      body: () => Buffer.from(reportHtml(g.text(i), `第${i}号政府信息公开工作年度报告`)),
      type: 'text/html; charset=utf-8',
    });
}
