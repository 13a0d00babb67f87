// What collection reads off a page: report titles and their look-alikes, attachments, and the
// pagers real CMSs write (numbered index_N.html, ?page=N, a script call).
import { describe, expect, it } from 'vitest';
import { documentExtension, isReportTitle, pageRole, readListData, readPage, yearOf, type Attachment, type PageContents } from './classify';
import { reportHtml } from './testing/site';

describe('report titles', () => {
  it.each([
    '阜阳市2020年政府信息公开工作年度报告',
    '弋阳县人民政府2020年度政府信息公开工作年度报告',
    '乌兰察布市政府办公室2020年政府信息公开年度报告',
    '2022年政务公开年报',
    '2019年度政府信息公开年报',
    '关于2021年度报告（政府信息公开）',
    '市教育局 2023 年 政府信息公开 工作 年度报告',
  ])('%s is an annual report', (title) => expect(isReportTitle(title)).toBe(true));

  it.each([
    '阜阳市2021年政务公开工作要点',
    '2022年政府信息公开工作实施方案',
    '关于做好2020年政府信息公开工作年度报告编制工作的通知',
    '图解：阜阳市2020年政府信息公开工作年度报告解读',
    '2020年政府工作报告',
    '2021年度部门决算报告',
    '政府信息公开指南',
    '2020年国民经济和社会发展统计公报',
  ])('%s is not', (title) => expect(isReportTitle(title)).toBe(false));
});

it('document links are known by their extension, whatever its case', () => {
  expect(documentExtension('http://a.test/x/P0201.PDF')).toBe('pdf');
  expect(documentExtension('http://a.test/x/a.docx?v=1')).toBe('docx');
  expect(documentExtension('http://a.test/x/a.wps')).toBe('wps');
  expect(documentExtension('http://a.test/x/a.html')).toBeNull();
  expect(documentExtension('http://a.test/pdf')).toBeNull();
});

const list = (items: string, pager: string) =>
  `<html><head><title>政府信息公开年报</title></head><body><div class="nav"><a href="/index.html">首页</a></div><ul>${items}</ul><div>${pager}</div></body></html>`;

describe('a column page', () => {
  const base = 'http://www.example-gov.test/xxgk/ndbg/index_1.html';

  it('links its reports (articles and documents), not look-alikes, and resolves relative addresses', () => {
    const page = readPage(
      list(
        `<li><a href="202101/t1.html" title="阜阳市2020年政府信息公开工作年度报告">阜阳市2020年政府信息公开工作…</a></li>
         <li><a href="../ndbg/202101/t2.html#top">2019年政府信息公开工作年度报告</a></li>
         <li><a href="/files/2018.pdf">2018年政府信息公开年报</a></li>
         <li><a href="202103/t3.html">2021年政务公开工作要点</a></li>
         <li><a href="javascript:void(0)">2017年政府信息公开年度报告</a></li>`,
        '',
      ),
      base,
    );
    expect(page.reportLinks.map((l) => l.url)).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/202101/t1.html',
      'http://www.example-gov.test/xxgk/ndbg/202101/t2.html',
      'http://www.example-gov.test/files/2018.pdf',
    ]);
    expect(page.reportLinks[0]!.title).toBe('阜阳市2020年政府信息公开工作年度报告');
    expect(page.attachments.map((l) => l.url)).toEqual(['http://www.example-gov.test/files/2018.pdf']);
    expect(page.pages).toEqual([]);
  });

  it('finds numbered pages linked by the pager, and every page up to the last (尾页), but not the site home', () => {
    const page = readPage(list('', '<a href="index.html">首页</a><a href="index_2.html">下一页</a><a href="index_5.html">尾页</a>'), base);
    expect(page.pages).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/index.html',
      'http://www.example-gov.test/xxgk/ndbg/index_2.html',
      'http://www.example-gov.test/xxgk/ndbg/index_5.html',
      'http://www.example-gov.test/xxgk/ndbg/index_3.html',
      'http://www.example-gov.test/xxgk/ndbg/index_4.html',
    ]);
  });

  it('counts the pages of "共 N 页" beside a numbered page link', () => {
    const page = readPage(
      list('', '共 4 页 当前第1页 <a href="index_1.html">下一页</a>'),
      'http://www.example-gov.test/xxgk/ndbg/index.html',
    );
    expect(page.pages.sort()).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/index_1.html',
      'http://www.example-gov.test/xxgk/ndbg/index_2.html',
      'http://www.example-gov.test/xxgk/ndbg/index_3.html',
    ]);
    // Without a numbered page to follow, the count alone names no address.
    expect(readPage(list('', '共 4 页'), 'http://www.example-gov.test/xxgk/ndbg/index.html').pages).toEqual([]);
  });

  it('finds every page of a pager written by a script call', () => {
    const page = readPage(
      list('', '<script type="text/javascript">createPageHTML(4, 1, "index", "shtml");</script>'),
      'http://www.example-gov.test/xxgk/ndbg/index_1.shtml',
    );
    expect(page.pages).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/index.shtml',
      'http://www.example-gov.test/xxgk/ndbg/index_2.shtml',
      'http://www.example-gov.test/xxgk/ndbg/index_3.shtml',
    ]);
  });

  it('finds ?page=N pages of the same address', () => {
    const page = readPage(
      list('', '<a href="?page=2">2</a> <a href="list.jsp?page=3&size=20">3</a> <a href="other.jsp?page=4">4</a>'),
      'http://www.example-gov.test/col/list.jsp?page=1',
    );
    expect(page.pages).toEqual([
      'http://www.example-gov.test/col/list.jsp?page=2',
      'http://www.example-gov.test/col/list.jsp?page=3&size=20',
    ]);
  });
});

describe('an article page', () => {
  it('has its title from its heading and its attachments', () => {
    const html = `<html><head><title>门户网站</title></head><body><h1>宁波市2020年政府信息公开工作年度报告</h1>
      <p>附件：<a href="/attach/ningbo.docx">宁波市年报.docx</a> <a href="/attach/a.WPS">年报.wps</a></p></body></html>`;
    const page = readPage(html, 'http://www.example-gov.test/art/t8.html');
    expect(page.title).toBe('宁波市2020年政府信息公开工作年度报告');
    expect(page.attachments.map((a) => a.url)).toEqual([
      'http://www.example-gov.test/attach/ningbo.docx',
      'http://www.example-gov.test/attach/a.WPS',
    ]);
  });

  it('has its publication date: the PubDate meta of the government-site standard first, else a 发布时间 field, else none', () => {
    const at = 'http://www.example-gov.test/art/t8.html';
    const page = (head: string, body: string) => readPage(`<html><head>${head}</head><body>${body}</body></html>`, at).publishedOn;
    const field = '<div class="info"><span>发布时间：2021-02-03</span><span>来源：县政府办</span></div>';
    expect(page('<meta name="PubDate" content="2021-01-28 09:30">', field)).toBe('2021-01-28');
    expect(page('<meta name="pubdate" content="2021/1/28">', '')).toBe('2021-01-28');
    expect(page('<meta property="article:published_time" content="2021-01-28T09:30:00+08:00">', '')).toBe('2021-01-28');
    expect(page('<meta name="PubDate" content="">', field)).toBe('2021-02-03');
    expect(page('', '<p>发布日期: 2020年3月31日</p>')).toBe('2020-03-31');
    // a date without its label, or an impossible one, is not the page's publication date
    expect(page('', '<p>2021-01-28</p><p>成文日期：2021-01-20</p>')).toBeNull();
    expect(page('<meta name="PubDate" content="2021-02-30">', '')).toBeNull();
  });

  it('a report as HTML has no attachments and no pages', () => {
    const page = readPage(
      reportHtml('一、总体情况\n第二十条第(一)项 |\n||||\n', '阜阳市2020年政府信息公开工作年度报告'),
      'http://www.example-gov.test/a/t1.html',
    );
    expect(page.attachments).toEqual([]);
    expect(page.pages).toEqual([]);
    expect(page.title).toBe('阜阳市2020年政府信息公开工作年度报告');
  });
});

describe('pagers, to the letter', () => {
  const base = 'http://www.example-gov.test/col/index_3.htm';
  const pagesOf = (pager: string, at = base) => readPage(list('', pager), at).pages;

  it('numbered index pages of this folder only, whatever the html/shtml/htm spelling', () => {
    expect(
      pagesOf(
        '<a href="index_12.shtml">12</a><a href="index.htm">首页</a><a href="../other/index_2.html">2</a><a href="http://files.example-gov.test/col/index_4.htm">4</a><a href="index_x.htm">x</a><a href="myindex_5.htm">y</a><a href="index_2.html?x=1.pdf">z</a>',
      ),
    ).toEqual([
      'http://www.example-gov.test/col/index_12.shtml',
      'http://www.example-gov.test/col/index.htm',
      'http://www.example-gov.test/col/index_2.html?x=1.pdf',
    ]);
  });

  it('a script pager with spaces, two-digit counts, or createPage()', () => {
    // Twelve pages, this one (index_3.htm) left out.
    const twelve = pagesOf('<script>createPageHTML( 12 , 10 , "index" , "htm" );</script>');
    expect(twelve).toHaveLength(11);
    expect(twelve.at(-1)).toBe('http://www.example-gov.test/col/index_11.htm');
    expect(pagesOf(`<script>createPage(3,0,'list','html')</script>`)).toEqual([
      'http://www.example-gov.test/col/list.html',
      'http://www.example-gov.test/col/list_1.html',
      'http://www.example-gov.test/col/list_2.html',
    ]);
    expect(pagesOf('<script>createPageHTML(3, 0, index, html)</script>')).toEqual([]);
  });

  it('?page=N and its kin only on this very address', () => {
    const at = 'http://www.example-gov.test/col/list.jsp';
    expect(
      pagesOf(
        '<a href="?pageNo=2">a</a><a href="list.jsp?size=20&currentPage=3">b</a><a href="list.jsp?page=x">c</a><a href="list.jsp?mypage=4">d</a><a href="?page=10">e</a>',
        at,
      ),
    ).toEqual([
      'http://www.example-gov.test/col/list.jsp?pageNo=2',
      'http://www.example-gov.test/col/list.jsp?size=20&currentPage=3',
      'http://www.example-gov.test/col/list.jsp?page=10',
    ]);
  });

  it('下一页 / 尾页 links in this folder, bare numbers only to numbered siblings; never a document or javascript:', () => {
    expect(
      pagesOf(
        '<a href="list_2.htm">下一页</a><a href="list_9.htm"> 尾页 </a><a href="list_5.htm">5</a><a href="list_6.htm">第6页</a><a href="list_77.htm">1234</a><a href="a.pdf">下一页</a><a href="javascript:next()">下一页</a><a href="sub/list_3.htm">3</a><a href="news.htm">下一页吧</a>',
      ),
    ).toEqual([
      'http://www.example-gov.test/col/list_2.htm',
      'http://www.example-gov.test/col/list_9.htm',
      'http://www.example-gov.test/col/list_5.htm',
      // 尾页 is list_9: every page up to it.
      ...[0, 1, 3, 4, 6, 7, 8].map((i) => `http://www.example-gov.test/col/list${i ? `_${i}` : ''}.htm`),
    ]);
  });

  it('links that lead nowhere fetchable are dropped: javascript:, mailto:, tel:, ftp:', () => {
    const page = readPage(
      list(
        '<li><a href=" javascript:open(1)">2019年政府信息公开工作年度报告</a></li><li><a href="mailto:a@b.c">2018年政府信息公开工作年度报告</a></li><li><a href="tel:123">2017年政府信息公开工作年度报告</a></li><li><a href="ftp://a.test/2016.pdf">2016年政府信息公开工作年度报告</a></li><li><a href="https://b.test/2015.html">2015年政府信息公开工作年度报告</a></li>',
        '',
      ),
      base,
    );
    expect(page.reportLinks.map((l) => l.url)).toEqual(['https://b.test/2015.html']);
    expect(page.attachments).toEqual([]);
  });
});

describe('titles and links, to the letter', () => {
  it('a page title from .title when there is no h1, spaces collapsed; else <title>', () => {
    expect(
      readPage('<html><head><title>x</title></head><body><div class="title">  阜阳市2020年\n  年报 </div></body></html>', 'http://a.test/')
        .title,
    ).toBe('阜阳市2020年 年报');
    expect(readPage('<html><head><title> 门户\n网站 </title></head><body><p>x</p></body></html>', 'http://a.test/').title).toBe(
      '门户 网站',
    );
  });

  it("a link's title: its title attribute, else its text with spaces collapsed", () => {
    const page = readPage(
      list(
        '<li><a href="a.html">2020年政府信息公开\n   工作年度报告</a></li><li><a href="b.html" title="2019年政府信息公开工作年度报告">2019年政府信息…</a></li><li><a href="c.pdf"> 附件 1 </a></li>',
        '',
      ),
      'http://a.test/col/index.html',
    );
    expect(page.reportLinks.map((l) => l.title)).toEqual(['2020年政府信息公开 工作年度报告', '2019年政府信息公开工作年度报告']);
    expect(page.attachments).toEqual([{ url: 'http://a.test/col/c.pdf', title: '附件 1', type: 'pdf' }]);
  });

  it('document extensions end the path', () => {
    expect(documentExtension('http://a.test/x/a.pdf.html')).toBeNull();
    expect(documentExtension('http://a.test/x/a.doc/')).toBeNull();
    expect(documentExtension('not a url')).toBeNull();
  });
});

describe('the year of a title', () => {
  it.each([
    ['阜阳市2020年政府信息公开工作年度报告', 2020],
    ['2019 年度报告', 2019],
    ['1999年', 1999],
    ['政府信息公开年报', null],
    ['第2020号', null],
    ['2120年', null],
    ['202年', null],
  ])('%s → %s', (title, year) => expect(yearOf(title)).toBe(year));
});

describe('what a page is', () => {
  const contents = (over: Partial<PageContents>): PageContents => ({
    title: '',
    reportLinks: [],
    attachments: [],
    pages: [],
    endpoints: [],
    unreadLists: [],
    scripts: [],
    publishedOn: null,
    frames: [],
    textLength: 0,
    hasReportTables: false,
    base: '',
    ...over,
  });
  const link = (url: string) => ({ url, title: '2020年政府信息公开工作年度报告' });
  const attachment = (url: string) => ({ ...link(url), type: documentExtension(url)! });
  const article = (attachments: Attachment[]) => ({ kind: 'article', attachments, unread: [], frames: [], readSelf: false });

  it('a given page is a column when it links reports or pages and is not one year’s report', () => {
    expect(pageRole(contents({ title: '政府信息公开年报', reportLinks: [link('http://a.test/1.html')] }), [], null)).toEqual({
      kind: 'column',
      reportLinks: [link('http://a.test/1.html')],
      pages: [],
      unread: [],
    });
    expect(pageRole(contents({ title: '年报栏目', pages: ['http://a.test/index_1.html'] }), [], null).kind).toBe('column');
    // One year's report linking other years is an article.
    const report = contents({
      title: '阜阳市2020年政府信息公开工作年度报告',
      reportLinks: [link('http://a.test/2019.html')],
      attachments: [attachment('http://a.test/a.pdf')],
    });
    expect(pageRole(report, [], null)).toEqual(article([attachment('http://a.test/a.pdf')]));
    // A page titled with a year but not as a report, linking reports, is a column.
    expect(pageRole(contents({ title: '2021年信息公开', reportLinks: [link('http://a.test/1.html')] }), [], null).kind).toBe('column');
    expect(pageRole(contents({ title: '政府信息公开年报' }), [], null).kind).toBe('article');
  });

  it('its own address is never among its links; what it was found as decides', () => {
    const own = 'http://a.test/col/index.html';
    const c = contents({
      title: '政府信息公开年报',
      reportLinks: [link(own)],
      attachments: [{ ...link(own), type: 'pdf' }, attachment('http://a.test/b.doc')],
    });
    expect(pageRole(c, [own], null)).toEqual(article([attachment('http://a.test/b.doc')]));
    expect(pageRole(c, [own], 'column')).toEqual({ kind: 'column', reportLinks: [], pages: [], unread: [] });
    expect(pageRole(contents({ title: '年报', pages: ['http://a.test/index_1.html'] }), [], 'article').kind).toBe('article');
  });

  it('an empty page loading only its own scripts is a column whose pages are those scripts (three at most); not with text or as an article', () => {
    const js = ['http://a.test/js/a.js', 'http://a.test/js/b.js', 'http://a.test/js/c.js', 'http://a.test/js/d.js'];
    expect(pageRole(contents({ title: '年报', scripts: js }), [], null)).toEqual({
      kind: 'column',
      reportLinks: [],
      pages: js.slice(0, 3),
      unread: [],
    });
    expect(pageRole(contents({ title: '年报', scripts: js, textLength: 400 }), [], null).kind).toBe('article');
    expect(pageRole(contents({ title: '年报', scripts: js }), [], 'article').kind).toBe('article');
    expect(pageRole(contents({ title: '年报', scripts: js, attachments: [attachment('http://a.test/r.pdf')] }), [], null).kind).toBe(
      'article',
    );
    const page = readPage(
      `<html><body><div id="app"></div><script src="/js/jquery.min.js"></script><script src="https://cdn.other.test/list.js"></script>
       <script src="/static/js/chunk-vendors.1a.js"></script><script src="/static/js/app.2b.js"></script></body></html>`,
      'http://a.test/ndbg/index.html',
    );
    expect(page.scripts).toEqual(['http://a.test/static/js/app.2b.js']);
  });

  it('a page whose scripts load a list (followed or not) is a column, its endpoints among its pages; unless it holds a report', () => {
    const api = 'http://a.test/api/list?page=1';
    expect(pageRole(contents({ title: '年报', pages: ['http://a.test/index_1.html'], endpoints: [api] }), [], null)).toEqual({
      kind: 'column',
      reportLinks: [],
      pages: ['http://a.test/index_1.html', api],
      unread: [],
    });
    const unread = ['a list asked from another host, b.test (fetch(…))'];
    expect(pageRole(contents({ title: '年报', unreadLists: unread }), [], null)).toEqual({
      kind: 'column',
      reportLinks: [],
      pages: [],
      unread,
    });
    expect(pageRole(contents({ title: '年报', endpoints: [api], hasReportTables: true }), [], null).kind).toBe('article');
    expect(pageRole(contents({ title: '某市2020年政府信息公开工作年度报告', endpoints: [api] }), [], null).kind).toBe('article');
  });
});

describe('how real sites link a report', () => {
  const at = 'http://www.example-gov.test/xxgk/ndbg/202101/t1.html';
  const article = (body: string, head = '') =>
    readPage(`<html><head>${head}<title>门户</title></head><body><h1>阜阳市2020年政府信息公开工作年度报告</h1>${body}</body></html>`, at);

  it('attachments by ../ and ./ paths, window.open, javascript: calls, download scripts named by their link, query file names', () => {
    const page = article(`<p><a href="../../../files/P020210129.pdf">年报</a> <a href="./P0202.PDF">年报</a>
      <a href="javascript:void(0)" onclick="window.open('/attach/a.docx','_blank')">年报.docx</a>
      <a href="javascript:downloadFile('/attach/b.doc')">年报.doc</a>
      <a href="/module/download/download.jsp?id=8812">年报.pdf（1.2MB）</a>
      <a href="/module/download/downfile.jsp?classid=0&filename=P0203.wps">下载</a>
      <a href="/module/download/download.jsp?id=9">下载</a> <a href="/other/t2.html">年报.pdf</a></p>`);
    expect(page.attachments.map((a) => [a.url.replace('http://www.example-gov.test', ''), a.type])).toEqual([
      ['/files/P020210129.pdf', 'pdf'],
      ['/xxgk/ndbg/202101/P0202.PDF', 'pdf'],
      ['/attach/a.docx', 'docx'],
      ['/attach/b.doc', 'doc'],
      ['/module/download/download.jsp?id=8812', 'pdf'],
      ['/module/download/downfile.jsp?classid=0&filename=P0203.wps', 'wps'],
    ]);
  });

  it('<base href> moves relative addresses', () => {
    const page = article('<a href="P1.pdf">年报</a>', '<base href="http://www.example-gov.test/files/2021/">');
    expect(page.attachments.map((a) => a.url)).toEqual(['http://www.example-gov.test/files/2021/P1.pdf']);
    // Kept for what the page's text refers to (its images, fetched when its tables are pictures).
    expect(page.base).toBe('http://www.example-gov.test/files/2021/');
    expect(article('<p>年报</p>').base).toBe(at);
  });

  it('a document framed or embedded is an attachment (a PDF viewer’s too); a framed page of the site is a frame', () => {
    const page =
      article(`<iframe src="/pdfjs/web/viewer.html?file=/attach/c.pdf"></iframe><embed src="d.pdf"><object data="/e.docx"></object>
      <iframe src="content_1.html"></iframe><iframe src="http://video.other.test/player.html"></iframe>`);
    expect(page.attachments.map((a) => a.url.replace(/^http:\/\/www\.example-gov\.test/, ''))).toEqual([
      '/attach/c.pdf',
      '/xxgk/ndbg/202101/d.pdf',
      '/e.docx',
    ]);
    expect(page.frames).toEqual(['http://www.example-gov.test/xxgk/ndbg/202101/content_1.html']);
  });

  it('the report among other attachments: look-alikes out, report-titled ones first, Word before PDF, unreadable ones apart', () => {
    const role = pageRole(
      article(`<a href="/a/sqb.doc">附件1：政府信息公开申请表.doc</a> <a href="/a/r.pdf">附件2：2020年政府信息公开工作年度报告.pdf</a>
        <a href="/a/r.docx">2020年政府信息公开工作年度报告.docx</a> <a href="/a/t.xlsx">附件3：统计表.xlsx</a>`),
      [at],
      'article',
    );
    expect(role).toMatchObject({ kind: 'article', unread: [], frames: [], readSelf: false });
    expect(role.kind === 'article' && role.attachments.map((a) => a.url.split('/').pop())).toEqual(['r.docx', 'r.pdf']);
    // No report-titled one: every attachment but look-alikes; spreadsheets and archives are not read.
    const untitled = pageRole(
      article(`<a href="/a/1.pdf">附件1</a> <a href="/a/2.xls">附件2</a> <a href="/a/jd.pdf">政策解读</a>`),
      [at],
      'article',
    );
    expect(untitled.kind === 'article' && [untitled.attachments.map((a) => a.type), untitled.unread.map((a) => a.type)]).toEqual([
      ['pdf'],
      ['xls'],
    ]);
  });

  it('an empty shell with only unreadable attachments is not read; with its tables on the page it is read as well', () => {
    const shell = pageRole(article('<a href="/a/1.zip">年报.zip</a>'), [at], 'article');
    expect(shell).toMatchObject({ attachments: [], readSelf: false, unread: [{ type: 'zip' }] });
    const tables = pageRole(
      article(
        '<p>一、主动公开政府信息情况</p><table><tr><td>三、收到和处理政府信息公开申请情况</td></tr></table><a href="/a/r.pdf">年报</a>',
      ),
      [at],
      'article',
    );
    expect(tables).toMatchObject({ readSelf: true, attachments: [{ type: 'pdf' }] });
  });
});

describe('how real CMSs write a column', () => {
  const at = 'http://www.example-gov.test/xxgk/ndbg/index.html';

  it('a pager call with an element id and a record count, or with its numbers in variables', () => {
    expect(
      readPage(list('', `<script>createPageHTML('page_div', 3, 0, 'index', 'shtml', 55);</script>`), at.replace('.html', '.shtml')).pages,
    ).toEqual(['http://www.example-gov.test/xxgk/ndbg/index_1.shtml', 'http://www.example-gov.test/xxgk/ndbg/index_2.shtml']);
    const vars =
      '<script>var currentPage = 0;//所在页从0开始\nvar countPage = 3//共多少页\ncreatePageHTML(countPage, currentPage, "index", "html");</script>';
    expect(readPage(list('', vars), at).pages).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/index_1.html',
      'http://www.example-gov.test/xxgk/ndbg/index_2.html',
    ]);
    expect(readPage(list('', '<script>createPageHTML(countPage, 0, "index", "html");</script>'), at).pages).toEqual([]);
  });

  it('titles cut short by the list are reports when what is left says so', () => {
    for (const t of ['阜阳市2020年政府信息公开工作年度…', '2020年政府信息公开工作年...', '某某县人民政府办公室2021年政务公开年报…'])
      expect(isReportTitle(t), t).toBe(true);
    for (const t of ['2020年政府信息公开…', '关于做好政府信息公开工作年度…', '2021年政务公开工作要点…'])
      expect(isReportTitle(t), t).toBe(false);
  });

  it('other years’ columns beside this one; not a year-titled article, nor another site', () => {
    const page = readPage(
      list(
        '',
        `<a href="/xxgk/ndbg/2022/">2022年</a> <a href="../ndbg2021/index.html">2021年度</a> <a href="/xxgk/2020/t1.html">2020年</a>
         <a href="/news/2019/">2019年</a> <a href="http://other.example-gov.test/xxgk/2018/">2018年</a>`,
      ),
      at,
    );
    expect(page.pages).toEqual(['http://www.example-gov.test/xxgk/ndbg/2022/', 'http://www.example-gov.test/xxgk/ndbg2021/index.html']);
  });

  it('大汉 JCMS: the records a script holds as XML are read like links', () => {
    const jcms = `<div id="2061"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=2061"></a>]]></nextgroup>
      <recordset><record><![CDATA[<li><a href="/art/2021/1/29/art_2061_1.html" title="2020年政府信息公开工作年度报告">2020年政府信息公开工作年度报告</a></li>]]></record>
      <record><![CDATA[<li><a href="/art/2020/1/20/art_2061_2.html">2019年政府信息公开工作年度报告</a></li>]]></record></recordset></datastore></script></div>`;
    expect(readPage(list('', jcms), at).reportLinks.map((l) => l.url)).toEqual([
      'http://www.example-gov.test/art/2021/1/29/art_2061_1.html',
      'http://www.example-gov.test/art/2020/1/20/art_2061_2.html',
    ]);
  });

  it('lists its scripts write or hold: report-titled records with their dates, document.write’s links, endpoints, what is not read', () => {
    const scripts = `<script>var news = [{title: '2020年政府信息公开工作年度报告', url: './202101/t1.html', pubDate: '2021-01-29'},
      {title: '2021年政务公开工作要点', url: './202103/t2.html'}];
      document.write('<li><a href="/xxgk/ndbg/202001/t3.html">2019年政府信息公开工作年度报告</a></li>');
      $.getJSON('/api/ndbg/list', { channelId: 12, pageNo: 1 });
      fetch('https://api.other.test/list.json');</script>`;
    const c = readPage(list('', scripts), at);
    expect(c.reportLinks).toEqual([
      { url: 'http://www.example-gov.test/xxgk/ndbg/202001/t3.html', title: '2019年政府信息公开工作年度报告' },
      { url: 'http://www.example-gov.test/xxgk/ndbg/202101/t1.html', title: '2020年政府信息公开工作年度报告', date: '2021-01-29' },
    ]);
    expect(c.endpoints).toEqual(['http://www.example-gov.test/api/ndbg/list?channelId=12&pageNo=1']);
    expect(c.unreadLists).toEqual(["a list asked from another host, api.other.test (fetch('https://api.other.test/list.json'))"]);
  });

  it('a list endpoint’s answer is a page of its column: records and HTML read as links, its next pages', () => {
    const api = 'http://www.example-gov.test/api/ndbg/list?channelId=12&pageNo=1';
    const c = readListData(
      {
        records: [{ title: '2020年政府信息公开工作年度报告', link: './202101/t1.html', date: '2021-01-29' }],
        html: ['<li><a href="202001/t3.html">2019年政府信息公开工作年度报告</a></li>'],
        pages: [api.replace('pageNo=1', 'pageNo=2')],
        unread: null,
      },
      api,
      'http://www.example-gov.test/xxgk/ndbg/index.html',
    );
    // Relative to the column's page its links are written into, not to the endpoint.
    expect(c.reportLinks.map((l) => [l.url, l.date])).toEqual([
      ['http://www.example-gov.test/xxgk/ndbg/202001/t3.html', undefined],
      ['http://www.example-gov.test/xxgk/ndbg/202101/t1.html', '2021-01-29'],
    ]);
    expect([c.pages, c.unreadLists]).toEqual([[api.replace('pageNo=1', 'pageNo=2')], []]);
    expect(readListData({ records: [], html: [], pages: [], unread: 'why' }, api).unreadLists).toEqual(['why']);
    // Another list (no report among its records): its next pages are not asked.
    const news = { records: [{ title: '市政府召开常务会议', link: '/news/1.html', date: null }], html: [], unread: null };
    expect(readListData({ ...news, pages: [api.replace('pageNo=1', 'pageNo=2')] }, api).pages).toEqual([]);
  });

  it('the column’s own year-less name linking a page of the column is the column, not a report', () => {
    const page = readPage(
      list('<li><a href="index.html">政府信息公开年报</a></li>', ''),
      'http://www.example-gov.test/xxgk/ndbg/index_1.html',
    );
    expect(page.reportLinks).toEqual([]);
    expect(page.pages).toEqual(['http://www.example-gov.test/xxgk/ndbg/index.html']);
  });

  it('a column given as its folder is its index page; session ids in paths are dropped', () => {
    const page = readPage(
      list(
        '<li><a href="202101/t1.html;jsessionid=A1B2C3">2020年政府信息公开工作年度报告</a></li>',
        '<script>createPageHTML(2, 0, "index", "html");</script>',
      ),
      'http://www.example-gov.test/xxgk/ndbg/',
    );
    expect(page.pages).toEqual(['http://www.example-gov.test/xxgk/ndbg/index_1.html']);
    expect(page.reportLinks.map((l) => l.url)).toEqual(['http://www.example-gov.test/xxgk/ndbg/202101/t1.html']);
  });

  it('an article’s title from <meta name="ArticleTitle"> before its heading', () => {
    const html =
      '<html><head><meta name="ArticleTitle" content="弋阳县2020年政府信息公开工作年度报告"><title>门户</title></head><body><h1>信息公开</h1></body></html>';
    expect(readPage(html, 'http://www.example-gov.test/a.html').title).toBe('弋阳县2020年政府信息公开工作年度报告');
  });

  it('a page named as one year’s report listing several reports is a list; with a report of its own (tables, attachment, frame) it is not', () => {
    const links =
      '<ul><li><a href="/a/1.html">阜阳市2020年政府信息公开工作年度报告</a></li><li><a href="/a/2.html">宁波市2020年政府信息公开工作年度报告</a></li></ul>';
    const html = (extra: string) => `<html><body><h1>2020年度政府信息公开工作年度报告</h1>${links}${extra}</body></html>`;
    const at = 'http://www.example-gov.test/xxgk/ndbg/2020/t1.html';
    expect(pageRole(readPage(html(''), at), [at], 'article').kind).toBe('column');
    expect(pageRole(readPage(html(''), at), [at], null).kind).toBe('column');
    expect(pageRole(readPage(html('<a href="/r.pdf">年报.pdf</a>'), at), [at], 'article').kind).toBe('article');
    expect(pageRole(readPage(html('<iframe src="content.html"></iframe>'), at), [at], 'article').kind).toBe('article');
    expect(pageRole(readPage(html(`<p>${'主动公开'.repeat(400)}</p>`), at), [at], 'article').kind).toBe('article');
  });

  it('the edges: a report’s words without a table, a text report with only an unreadable attachment, 共 N 页 of two digits, bare-year links only', () => {
    const at = 'http://www.example-gov.test/xxgk/ndbg/202101/t1.html';
    const words = '<p>一、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><a href="/a/r.pdf">年报</a>';
    expect(readPage(`<html><body>${words}</body></html>`, at).hasReportTables).toBe(false);
    expect(readPage(`<html><body>${words}<table><tr><td>1</td></tr></table></body></html>`, at).hasReportTables).toBe(true);
    // A report as text (no tables) beside a spreadsheet: the page is read.
    const text = `<html><body><h1>2020年政府信息公开工作年度报告</h1><p>${'本机关主动公开政府信息'.repeat(40)}</p><a href="/a/t.xls">统计表.xls</a></body></html>`;
    expect(pageRole(readPage(text, at), [at], 'article')).toMatchObject({ readSelf: true, unread: [{ type: 'xls' }] });
    const column = 'http://www.example-gov.test/xxgk/ndbg/index.html';
    expect(readPage(list('', '共 12 页 <a href="index_1.html">下一页</a>'), column).pages).toHaveLength(11);
    expect(
      readPage(
        list('', '<a href="/xxgk/2016/">2016年工作总结</a> <a href="/xxgk/2015/">第2015年</a> <a href="/xxgk/2014/">2014年度</a>'),
        column,
      ).pages,
    ).toEqual(['http://www.example-gov.test/xxgk/2014/']);
  });
});
