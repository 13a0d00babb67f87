// How real government sites publish their 年报, as fixture pages on the test site (127.0.0.1 only,
// host names *.example-gov.test): a column whose pager is a script call with variables, whose list
// titles are cut short, beside columns of other years; report pages whose report is linked in
// every way seen in the wild (../ and ./ paths, onclick="window.open(…)", download.jsp?id=…, an
// iframe, a PDF viewer), redirected by <meta refresh> or window.location, with look-alike and
// unreadable attachments, or with the report both on the page and attached; pages in every
// encoding mistake (GBK declared wrongly or not at all, a UTF-8 BOM under a GBK <meta>), compressed
// bodies, a server that refuses bots' User-Agents and HEAD, a firewall's script challenges, https.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { docx } from '../../extract/testing/zip';
import { articleWithAttachment, page, PATTERN_HOST, reportHtml, SECURE_HOST, WAF_HOST, type FixtureSite, type Route } from './site';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const seed = (name: string) => readFileSync(path.join(ROOT, 'data/reports/seeds', name), 'utf8');
const corpus = (name: string) => readFileSync(path.join(ROOT, 'data/reports/corpus', name));
const title = (place: string, year: number) => `${place}${year}年政府信息公开工作年度报告`;

const html = (s: string, type = 'text/html; charset=utf-8'): Route => ({ body: Buffer.from(s), type });

/** The addresses of the patterns (paths on PATTERN_HOST unless a host is named). */
export const PATTERN = {
  column: '/xxgk/ndbg/index.html',
  columnPages: ['/xxgk/ndbg/index.html', '/xxgk/ndbg/index_1.html', '/xxgk/ndbg/2017/'],
  /** Reports the column leads to: place, year. */
  columnReports: [
    { place: '阜阳市', year: 2020 },
    { place: '宁波市', year: 2020 },
    { place: '商丘市', year: 2017 },
  ],
  /** Linked from the column but not reports: never asked for. */
  columnLookAlikes: ['/xxgk/ndbg/202103/t20210301_109.html'],
  relativeUp: '/xxgk/ndbg/202401/t20240120_201.html',
  relativeHere: '/xxgk/ndbg/202501/t20250115_202.html',
  onclick: '/xxgk/ndbg/202102/t20210201_103.html',
  download: '/xxgk/ndbg/202501/t20250110_203.html',
  downloadFile: '/module/download/download.jsp?id=8812',
  iframe: '/xxgk/ndbg/202102/t20210202_204.html',
  iframeContent: '/xxgk/ndbg/202102/content_204.html',
  viewer: '/xxgk/ndbg/202401/t20240121_205.html',
  metaRefresh: '/xxgk/ndbg/t20210129_206.html',
  scriptRedirect: '/xxgk/ndbg/t20210129_207.html',
  reportTarget: '/xxgk/ndbg/202101/t20210129_101.html',
  manyAttachments: '/xxgk/ndbg/202201/t20220120_208.html',
  notFetched: ['/attach/sqb.doc', '/attach/tjb.xlsx', '/attach/jiedu.pdf', '/attach/2022.xlsx', '/attach/2022.zip'],
  unreadOnly: '/xxgk/ndbg/202301/t20230120_209.html',
  inlineAndAttached: '/xxgk/ndbg/202102/t20210203_210.html',
  challenge200: '/xxgk/ndbg/t20210129_211.html',
  challenge412: '/xxgk/ndbg/t20210129_212.html',
  /** Pages of one report (弋阳县 2020) in every encoding mistake. */
  encodings: [
    '/enc/meta-wrong.html',
    '/enc/undeclared.html',
    '/enc/bom-under-gbk-meta.html',
    '/enc/header-wrong.html',
    '/enc/gb18030.html',
  ],
  /** Pages of one report (阜阳市 2020) in every Content-Encoding. */
  compressed: ['/gz/gzip.html', '/gz/deflate.html', '/gz/deflate-raw.html', '/gz/br.html'],
  /** A column that moved (301); its validators are the new address's. */
  moved: '/old/ndbg/',
  wafPage: '/ndbg/index.html',
  secureReport: '/ndbg/t20210130_301.html',
  /** A page named as a year's report that lists the reports of that year's bodies. */
  yearListing: '/xxgk/ndbg/2020/t20210131_220.html',
};

/** Adds the patterns' pages to a fixture site. */
export function addPatterns(site: FixtureSite): void {
  const add = (p: string, r: Route, host = PATTERN_HOST) => site.setRoute(host, p, r);
  add('/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /admin/\n'), type: 'text/plain' });

  // The column: list items with dates and titles cut short, a pager written by a script whose numbers
  // are variables (page 1) or in the form with an element id (page 2), and other years' columns beside it.
  const years = '<div class="side"><a href="/xxgk/ndbg/2017/">2017年</a> <a href="/xxgk/ndbg/index.html">2020年</a></div>';
  const items = (rows: string[]) => `<ul class="list">${rows.map((r) => `<li>${r}</li>`).join('\n')}</ul>`;
  add(PATTERN.column, {
    ...html(
      page(
        '年报专栏',
        `${years}${items([
          `<a href="./202101/t20210129_101.html" target="_blank">阜阳市2020年政府信息公开工作年度…</a><span class="date">2021-01-29</span>`,
          `<a href="202103/t20210301_109.html">2021年政务公开工作要点</a><span class="date">2021-03-01</span>`,
        ])}<div class="page"><script type="text/javascript">var currentPage = 0;//所在页从0开始
var countPage = 2//共多少页
createPageHTML(countPage, currentPage, "index", "html");</script></div>`,
      ),
    ),
    browserOnly: true,
  });
  add('/xxgk/ndbg/index_1.html', {
    ...html(
      page(
        '年报专栏',
        `${years}${items([
          `<a href="../ndbg/202102/t20210201_103.html" title="${title('宁波市', 2020)}">宁波市2020年政府信息...</a><span class="date">2021-02-01</span>`,
        ])}<script>createPageHTML('page_div', 2, 1, 'index', 'html', 3);</script>`,
      ),
    ),
    browserOnly: true,
  });
  add('/xxgk/ndbg/2017/', {
    ...html(page('2017年', `${years}${items([`<a href="../201801/t20180130_104.html">${title('商丘市', 2017)}</a>`])}<div>共 1 页</div>`)),
    browserOnly: true,
  });
  add(PATTERN.reportTarget, html(reportHtml(seed('000-fuyang-2020.txt'), title('阜阳市', 2020))));
  add('/xxgk/ndbg/201801/t20180130_104.html', html(reportHtml(seed('004-shangqiu-2017.txt'), title('商丘市', 2017))));
  add(PATTERN.columnLookAlikes[0]!, html(page('2021年政务公开工作要点', '<p>要点</p>')));

  add(
    PATTERN.yearListing,
    html(
      page(
        '2020年度政府信息公开工作年度报告',
        `<h1>2020年度政府信息公开工作年度报告</h1>${items([
          `<a href="../202101/t20210129_101.html">${title('阜阳市', 2020)}</a>`,
          `<a href="../202102/t20210201_103.html">${title('宁波市', 2020)}</a>`,
        ])}`,
      ),
    ),
  );

  // Attachments by relative paths: ../../../files/… and ./P0….pdf.
  add(PATTERN.relativeUp, html(articleWithAttachment(title('洪泽区', 2023), '../../../files/2024/P020240120571.pdf', '年报.pdf')));
  add('/files/2024/P020240120571.pdf', { body: corpus('hongze_district_2023.pdf'), type: 'application/pdf' });
  add(PATTERN.relativeHere, html(articleWithAttachment(title('淮安市洪泽区', 2024), './P020250115398.pdf', '年报.pdf')));
  add('/xxgk/ndbg/202501/P020250115398.pdf', { body: corpus('hongze_district_2024.pdf'), type: 'application/pdf' });

  // An attachment opened by a script; another behind download.jsp?id=…, named only by its link and Content-Disposition.
  const ningbo = seed('002-ningbo-2020.txt')
    .split('\n')
    .filter((l) => l.trim());
  add(
    PATTERN.onclick,
    html(
      page(
        title('宁波市', 2020),
        `<h1>${title('宁波市', 2020)}</h1><p>附件：<a href="javascript:void(0)" onclick="window.open('/attach/ningbo.docx','_blank')">宁波市年报.docx</a></p>`,
      ),
    ),
  );
  add('/attach/ningbo.docx', {
    body: Buffer.from(docx(ningbo, [], -1, { deflate: true })),
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  add(
    PATTERN.download,
    html(
      page(
        title('淮安市', 2024),
        `<h1>${title('淮安市', 2024)}</h1><p>相关附件：<a href="/module/download/download.jsp?id=8812" target="_blank">淮安市2024年年报.pdf（1.2MB）</a></p>`,
      ),
    ),
  );
  add(PATTERN.downloadFile, {
    body: corpus('huaian_city_2024.pdf'),
    type: 'application/octet-stream',
    headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('淮安市2024年年报.pdf')}` },
  });

  // An empty shell framing the report page; a PDF viewer framing the PDF.
  add(
    PATTERN.iframe,
    html(page(title('弋阳县', 2020), `<h1>${title('弋阳县', 2020)}</h1><iframe src="content_204.html" width="100%"></iframe>`)),
  );
  add(PATTERN.iframeContent, html(reportHtml(seed('001-yiyang-2020.txt'), title('弋阳县', 2020))));
  add(
    PATTERN.viewer,
    html(
      page(
        title('洪泽区', 2023),
        `<h1>${title('洪泽区', 2023)}</h1><iframe src="/pdfjs/web/viewer.html?file=/files/2024/P020240120571.pdf"></iframe>`,
      ),
    ),
  );

  // Redirects written in the page.
  add(
    PATTERN.metaRefresh,
    html(`<html><head><meta http-equiv="refresh" content="0; url=./202101/t20210129_101.html"></head><body></body></html>`),
  );
  add(
    PATTERN.scriptRedirect,
    html(`<html><head><script>window.location.href = "/xxgk/ndbg/202101/t20210129_101.html";</script></head><body>正在跳转…</body></html>`),
  );

  // An application form, an explainer and a spreadsheet beside the report; only unreadable attachments.
  add(
    PATTERN.manyAttachments,
    html(
      page(
        title('平潭综合实验区', 2022),
        `<h1>${title('平潭综合实验区', 2022)}</h1><p>附件：</p><ul><li><a href="/attach/sqb.doc">附件1：政府信息公开申请表.doc</a></li>
<li><a href="/attach/pingtan.docx">附件2：${title('平潭综合实验区', 2022)}.docx</a></li><li><a href="/attach/tjb.xlsx">附件3：统计表.xlsx</a></li>
<li><a href="/attach/jiedu.pdf">图解：${title('平潭综合实验区', 2022)}解读.pdf</a></li></ul>`,
      ),
    ),
  );
  // (The Word test helper writes text as is: XML's special characters are escaped here.)
  const pingtan = readFileSync(path.join(ROOT, 'data/reports/corpus/pingtan_2022.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  add('/attach/pingtan.docx', {
    body: Buffer.from(docx(pingtan, [], -1, { deflate: true })),
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  for (const p of PATTERN.notFetched) add(p, { body: Buffer.from('not to be fetched'), type: 'application/octet-stream' });
  add(
    PATTERN.unreadOnly,
    html(
      page(
        title('某某县', 2022),
        `<h1>${title('某某县', 2022)}</h1><p>附件：<a href="/attach/2022.xlsx">年报统计表.xlsx</a> <a href="/attach/2022.zip">年报.zip</a></p>`,
      ),
    ),
  );
  // The report on the page and as a .doc: one report, two sources.
  add(
    PATTERN.inlineAndAttached,
    html(
      reportHtml(seed('001-yiyang-2020.txt'), title('弋阳县', 2020)).replace(
        '</div></div>',
        '<p>附件：<a href="/attach/yiyang.doc">弋阳县年报.doc</a></p></div></div>',
      ),
    ),
  );
  add('/attach/yiyang.doc', {
    body: readFileSync(path.join(ROOT, 'lib/extract/testing/yiyang-2020.doc')),
    type: 'application/msword',
  });

  // Firewalls' script challenges: 加速乐 (a cookie, then a reload), 瑞数 (412 with $_ts).
  const jsl = `<html><body><script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('=1611900000.123|0|'+(function(){return 'x'})());location.href=location.pathname+location.search</script></body></html>`;
  add(PATTERN.challenge200, html(jsl));
  add(PATTERN.challenge412, {
    ...html(
      `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><script>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=12345;$_ts.cd="qEqrrAl";</script><script src="/aE7UfVzhb9XE/c.FxJzG50F.dfe1675.js" r="m"></script></head><body></body></html>`,
    ),
    status: 412,
  });
  add('/robots.txt', html(jsl), WAF_HOST);
  add(PATTERN.wafPage, html(jsl), WAF_HOST);

  // Encodings: GBK under a <meta> that says UTF-8; GBK declared nowhere; a UTF-8 BOM under a GBK
  // <meta>; UTF-8 under an HTTP header that says GBK; GB18030 declared in the <meta> only.
  const yiyang = (charset: string) => reportHtml(seed('001-yiyang-2020.txt'), title('弋阳县', 2020), charset);
  const [metaWrong, undeclared, bom, headerWrong, gb18030] = PATTERN.encodings as [string, string, string, string, string];
  add(metaWrong, { body: iconv.encode(yiyang('utf-8'), 'gbk'), type: 'text/html' });
  add(undeclared, { body: iconv.encode(yiyang('utf-8').replace(/<meta[^>]*>/, ''), 'gbk'), type: 'text/html' });
  add(bom, { body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(yiyang('gbk'))]), type: 'text/html' });
  add(headerWrong, { body: Buffer.from(yiyang('utf-8')), type: 'text/html; charset=GBK' });
  add(gb18030, { body: iconv.encode(yiyang('gb18030'), 'gb18030'), type: 'text/html' });

  const fuyang = reportHtml(seed('000-fuyang-2020.txt'), title('阜阳市', 2020));
  const encodings = ['gzip', 'deflate', 'deflate-raw', 'br'] as const;
  PATTERN.compressed.forEach((p, i) => add(p, { ...html(fuyang), encoding: encodings[i] }));

  add(PATTERN.moved, { body: Buffer.alloc(0), type: 'text/html', status: 301, headers: { location: '/xxgk/ndbg/2017/' } });

  add('/robots.txt', { body: Buffer.from('User-agent: *\nAllow: /\n'), type: 'text/plain' }, SECURE_HOST);
  add(
    PATTERN.secureReport,
    html(reportHtml(seed('003-wulanchabu-office-2020.txt'), '乌兰察布市政府办公室2020年政府信息公开工作年度报告')),
    SECURE_HOST,
  );
}
