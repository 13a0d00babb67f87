// What collection reads off a page: report titles and their look-alikes, attachments, and the
// pagers real CMSs write (numbered index_N.html, ?page=N, a script call).
import { describe, expect, it } from 'vitest';
import { documentExtension, isReportTitle, pageRole, readPage, yearOf, type PageContents } from './classify';
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

  it('finds numbered pages linked by the pager, but not the site home', () => {
    const page = readPage(list('', '<a href="index.html">首页</a><a href="index_2.html">下一页</a><a href="index_9.html">尾页</a>'), base);
    expect(page.pages).toEqual([
      'http://www.example-gov.test/xxgk/ndbg/index.html',
      'http://www.example-gov.test/xxgk/ndbg/index_2.html',
      'http://www.example-gov.test/xxgk/ndbg/index_9.html',
    ]);
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
    expect(page.attachments).toEqual([{ url: 'http://a.test/col/c.pdf', title: '附件 1' }]);
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
    publishedOn: null,
    ...over,
  });
  const link = (url: string) => ({ url, title: '2020年政府信息公开工作年度报告' });

  it('a given page is a column when it links reports or pages and is not one year’s report', () => {
    expect(pageRole(contents({ title: '政府信息公开年报', reportLinks: [link('http://a.test/1.html')] }), [], null)).toEqual({
      kind: 'column',
      reportLinks: [link('http://a.test/1.html')],
      pages: [],
    });
    expect(pageRole(contents({ title: '年报栏目', pages: ['http://a.test/index_1.html'] }), [], null).kind).toBe('column');
    // One year's report linking other years is an article.
    const report = contents({
      title: '阜阳市2020年政府信息公开工作年度报告',
      reportLinks: [link('http://a.test/2019.html')],
      attachments: [link('http://a.test/a.pdf')],
    });
    expect(pageRole(report, [], null)).toEqual({ kind: 'article', attachments: [link('http://a.test/a.pdf')] });
    // A page titled with a year but not as a report, linking reports, is a column.
    expect(pageRole(contents({ title: '2021年信息公开', reportLinks: [link('http://a.test/1.html')] }), [], null).kind).toBe('column');
    expect(pageRole(contents({ title: '政府信息公开年报' }), [], null).kind).toBe('article');
  });

  it('its own address is never among its links; what it was found as decides', () => {
    const own = 'http://a.test/col/index.html';
    const c = contents({ title: '政府信息公开年报', reportLinks: [link(own)], attachments: [link(own), link('http://a.test/b.doc')] });
    expect(pageRole(c, [own], null)).toEqual({ kind: 'article', attachments: [link('http://a.test/b.doc')] });
    expect(pageRole(c, [own], 'column')).toEqual({ kind: 'column', reportLinks: [], pages: [] });
    expect(pageRole(contents({ title: '年报', pages: ['http://a.test/index_1.html'] }), [], 'article').kind).toBe('article');
  });
});
