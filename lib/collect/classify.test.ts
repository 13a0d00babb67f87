// What collection reads off a page: report titles and their look-alikes, attachments, and the
// pagers real CMSs write (numbered index_N.html, ?page=N, a script call).
import { describe, expect, it } from 'vitest';
import { documentExtension, isReportTitle, readPage } from './classify';
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
