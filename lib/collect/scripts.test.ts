import { describe, expect, it } from 'vitest';
import { readListAnswer, readScripts } from './scripts';

const PAGE = 'http://www.example-gov.test/xxgk/ndbg/index.html';
const js = (code: string, html = '') => readScripts([{ code, type: 'text/javascript' }], html, PAGE);
const REPORT = '某某市2020年政府信息公开工作年度报告';

describe('lists a page holds as data', () => {
  it('records in a variable: title, address and date by their usual names; a look-alike kept for the title filter', () => {
    const f = js(`var data = [{title: '${REPORT}', url: '/xxgk/ndbg/202101/t1.html', pubDate: '2021-01-20 09:00'},
      {docTitle: '2021年政务公开工作要点', docPubUrl: './202103/t2.html'}, {title: '无地址'}];`);
    expect(f.records).toEqual([
      { title: REPORT, link: '/xxgk/ndbg/202101/t1.html', date: '2021-01-20' },
      { title: '2021年政务公开工作要点', link: './202103/t2.html', date: null },
    ]);
    expect(f.unread).toEqual([]);
  });

  it('nested records behind JSON.parse and in <script type="application/json">; an image or javascript: field is not the address', () => {
    const nested = js(
      `window.__DATA__ = JSON.parse('{"data":{"list":[{"picUrl":"/a.jpg","showTitle":"<b>${REPORT}</b>","linkUrl":"/t/1.html"}]}}');`,
    );
    expect(nested.records).toEqual([{ title: REPORT, link: '/t/1.html', date: null }]);
    const tag = readScripts(
      [{ code: `{"rows":[{"name":"${REPORT}","href":"javascript:void(0)","url":"/t/2.html"}]}`, type: 'application/json' }],
      '',
      PAGE,
    );
    expect(tag.records).toEqual([{ title: REPORT, link: '/t/2.html', date: null }]);
  });

  it('records that only name an id (the page builds the address by script) are reported, not invented', () => {
    const f = js(`var list = [{id: 81, title: '${REPORT}'}, {id: 82, title: '另一份'}];`);
    expect(f.records).toEqual([]);
    expect(f.unread).toEqual(['2 records held as data without an address (the page builds it by script)']);
  });

  it('document.write of literal list items, concatenated; of run-time values, reported', () => {
    const f = js(
      `document.write('<li><a href="/t/3.html">' + '${REPORT}' + '</a></li>');\ndocument.writeln("<li>" + item.link + "</li>");`,
    );
    expect(f.html).toEqual([`<li><a href="/t/3.html">${REPORT}</a></li>`]);
    expect(f.unread).toEqual([]);
    const built = js(`for (var i = 0; i < n; i++) document.write('<a href="' + urls[i] + '">' + titles[i] + '</a>');`);
    expect(built.unread[0]).toMatch(/^links written by document.write from values worked out at run time/);
  });

  it('a script left with a CMS template tag is read around it', () => {
    const f = js(`var id = <%=columnId%>;\nvar data = [{title: '${REPORT}', url: '/t/4.html'}];`);
    expect(f.records.map((r) => r.link)).toEqual(['/t/4.html']);
  });
});

describe('list endpoints the scripts ask', () => {
  it('$.ajax with its data (a variable resolved, POST asked as GET, the page parameter of a function at 1, cache busters dropped)', () => {
    const f = js(`var channelId = '4521';
      function load(pageNo) { $.ajax({ url: '/api/content/list', type: 'post', dataType: 'json',
        data: { channelId: channelId, pageNo: pageNo, pageSize: size, _: new Date().getTime() } }); }`);
    expect(f.endpoints).toEqual(['http://www.example-gov.test/api/content/list?channelId=4521&pageNo=1']);
  });

  it('a page number concatenated into the address from a function’s argument is the first page; another argument is not known', () => {
    const f = js(`function load(pageNo) { $.ajax({ url: '/api/ndbg/list?channelId=1021&pageNo=' + pageNo + '&pageSize=15' }); }
      function more(p, size) { $.get('/api/ndbg/other?page=' + p + '&size=' + size); }`);
    expect(f.endpoints).toEqual(['http://www.example-gov.test/api/ndbg/list?channelId=1021&pageNo=1&pageSize=15']);
    expect(f.unread).toEqual([`a list address built at run time ($.get('/api/ndbg/other?page=' + p + '&size=' + size))`]);
  });

  it('$.getJSON, $.get, fetch, axios, XMLHttpRequest and $(…).load, relative to the page', () => {
    const f = js(`$.getJSON('list.json');
      $.get('/api/ndbg/list', { page: 2, catalog: 'ndbg' }, render);
      fetch('/api/article/list?colId=7&pageNum=1').then(r => r.json());
      axios.get('/api/channel/list', { params: { chnlId: 9, current: 1 } });
      var x = new XMLHttpRequest(); x.open('GET', '/data/column_list.json');
      $('#list').load('/xxgk/ndbg/list_fragment.html');`);
    expect(f.endpoints.sort()).toEqual(
      [
        'http://www.example-gov.test/xxgk/ndbg/list.json',
        'http://www.example-gov.test/api/ndbg/list?page=2&catalog=ndbg',
        'http://www.example-gov.test/api/article/list?colId=7&pageNum=1',
        'http://www.example-gov.test/api/channel/list?chnlId=9&current=1',
        'http://www.example-gov.test/data/column_list.json',
        'http://www.example-gov.test/xxgk/ndbg/list_fragment.html',
      ].sort(),
    );
  });

  it('counters, sign-ins, searches and element lookups are not lists: nothing asked, nothing reported', () => {
    const f = js(`$.ajax({ url: '/module/visitcount/visit.jsp', data: { id: 3 } });
      $.post('/api/user/login', { name: n });
      $.get('/api/search/list', { q: q });
      var el = $('#menu').get(0); var v = map.get('key'); var item = $('#list li').get(i); $(window).load(function () {});`);
    expect(f).toEqual({ html: [], records: [], endpoints: [], unread: [] });
  });

  it('a list on another host, or with an address or parameter worked out at run time, is reported with why', () => {
    const f = js(`fetch('https://api.other-gov.test/list.json');
      function more(p) { $.ajax({ url: '/api/list?catalog=' + window.catalog + '&page=' + p }); }
      $.ajax({ url: '/api/column/list', data: { columnId: $('#col').val() } });`);
    expect(f.endpoints).toEqual([]);
    expect(f.unread).toEqual([
      "a list asked from another host, api.other-gov.test (fetch('https://api.other-gov.test/list.json'))",
      "a list address built at run time ($.ajax({ url: '/api/list?catalog=' + window.catalog + '&page=' + p }))",
      "a list asked with parameters worked out at run time: columnId ($.ajax({ url: '/api/column/list', data: { columnId: $('#col').val() } }))",
    ]);
  });
});

describe('values worked out without running the script', () => {
  const endpoint = (code: string) => js(code).endpoints;

  it('template strings, arithmetic, members, sequences, encodeURIComponent and JSON.parse of literals', () => {
    expect(
      endpoint(`var cfg = { base: '/api', ids: [7, 8], name: '年报', deep: JSON.parse('{"n": 3}') };
        var size = 10 * 2, offset = 30 - 10, half = 9 / 3, neg = -1, sum = 1 + 2;
        $.getJSON(\`\${cfg.base}/ndbg/list\`, { catalog: cfg['ids'][1], size: size, offset: offset, half: half, neg: neg,
          sum: sum, q: encodeURIComponent(cfg.name), s: (0, 'x'), n: cfg.deep.n, flag: true });`),
    ).toEqual([
      'http://www.example-gov.test/api/ndbg/list?catalog=8&size=20&offset=20&half=3&neg=-1&sum=3&q=%25E5%25B9%25B4%25E6%258A%25A5&s=x&n=3&flag=true',
    ]);
  });

  it('what is not literal stays unknown: a template with a run-time part, a call, a spread, a missing member, a regular expression', () => {
    const f = js(`var parts = [...more]; var re = /list/; var cfg = { a: 1 };
      $.ajax({ url: \`/api/list?c=\${getCatalog()}\` });
      $.ajax({ url: '/api/column/list', data: { a: cfg.b, rx: re, part: parts[0], neg: -x, m: cfg.a.b } });`);
    expect(f.endpoints).toEqual([]);
    expect(f.unread.map((u) => u.replace(/ \(.*$/s, ''))).toEqual([
      'a list address built at run time',
      'a list asked with parameters worked out at run time: a, rx, part, neg, m',
    ]);
  });

  it('the first assignment of a name holds; window.x is a variable, another object’s x is not', () => {
    expect(endpoint(`var a = '/api/ndbg/list'; a = '/api/other/list'; $.getJSON(a);`)).toEqual([
      'http://www.example-gov.test/api/ndbg/list',
    ]);
    expect(endpoint(`window.listUrl = '/api/ndbg/list'; $.getJSON(listUrl);`)).toEqual(['http://www.example-gov.test/api/ndbg/list']);
    expect(endpoint(`site.listUrl = '/api/ndbg/list'; $.getJSON(listUrl);`)).toEqual([]);
  });

  it('a template tag left on the last line, and a script that cannot be parsed at all, are read as far as they go', () => {
    expect(js(`var data = [{title: '${REPORT}', url: '/t/9.html'}];\n<%= footer %>`).records).toHaveLength(1);
    expect(js(`}}}}}}}}}\n)))))))))\n{{{{{{{{\n]]]]]]]]\n((((((((\n<<<<<<<<\n>>>>>>>>\n@@@@@@@@\n########`)).toEqual({
      html: [],
      records: [],
      endpoints: [],
      unread: [],
    });
  });
});

describe('大汉 JCMS jpage', () => {
  it('without perPage or groupSize: 15 a page, 3 pages a request; ajaxParam as a string; a proxy on another host is named', () => {
    expect(
      js(`$('#1').jpage({ totalRecord: 50, proxyUrl: '/module/jpage/dataproxy.jsp', ajaxParam: 'col=1&columnid=9' });`).endpoints,
    ).toEqual(['http://www.example-gov.test/module/jpage/dataproxy.jsp?startrecord=46&endrecord=50&perpage=15&col=1&columnid=9']);
    expect(js(`$('#1').jpage({ totalRecord: 0, perPage: 10 });`).unread).toEqual([
      'a 大汉 jpage list whose record count is worked out at run time',
    ]);
    expect(js(`$('#1').jpage({ totalRecord: 90, proxyUrl: 'http://other-gov.test/dataproxy.jsp' });`).unread).toEqual([
      'a 大汉 jpage list asked from another host, other-gov.test',
    ]);
  });

  const params = 'col=1&appid=1&webid=60&path=%2F&columnid=30067&unitid=49468&webname=%E6%9F%90%E5%B8%82&permissiontype=0';
  it('dataStore in a variable and ajaxParam: the groups after the first, asked from its proxyUrl', () => {
    const f = js(`var InitData49468 = ['<li><a href="/art/2021/1/29/art_30067_1.html">${REPORT}</a></li>'];
      $(function(){ $('#49468').jpage({ totalRecord: 100, dataStore: InitData49468, groupSize: 3, perPage: 15,
        proxyUrl: '/module/jslib/jquery/jpage/dataproxy.jsp',
        ajaxParam: { col: 1, appid: '1', webid: 60, path: '/', columnid: 30067, unitid: '49468', webname: '某市', permissiontype: 0 } }); });`);
    expect(f.html).toEqual([`<li><a href="/art/2021/1/29/art_30067_1.html">${REPORT}</a></li>`]);
    expect(f.endpoints).toEqual([
      `http://www.example-gov.test/module/jslib/jquery/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15&${params}`,
      `http://www.example-gov.test/module/jslib/jquery/jpage/dataproxy.jsp?startrecord=91&endrecord=100&perpage=15&${params}`,
    ]);
  });

  it('the <datastore> form: parameters from its <nextgroup> link, the proxy its path; all in the page: nothing to ask', () => {
    const xml = `<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path='/'&columnid=33718&unitid=212860&permissiontype=0"></a>]]></nextgroup></datastore></script>`;
    expect(js(`$('#212860').jpage({totalRecord: 50, perPage: 10});`, xml).endpoints).toEqual([
      'http://www.example-gov.test/module/web/jpage/dataproxy.jsp?startrecord=31&endrecord=50&perpage=10&webid=1&path=%27%2F%27&columnid=33718&unitid=212860&permissiontype=0',
    ]);
    expect(js(`$('#212860').jpage({totalRecord: 30, perPage: 10});`, xml).endpoints).toEqual([]);
    expect(js(`$('#212860').jpage({totalRecord: total, perPage: 10});`, xml).unread).toEqual([
      'a 大汉 jpage list whose record count is worked out at run time',
    ]);
  });
});

describe('a list endpoint’s answer', () => {
  const api = 'http://www.example-gov.test/api/list?channelId=1&pageNo=1';
  it('JSON records with the pages after this one from the totals it gives (pages, or records and page size)', () => {
    const byTotal = readListAnswer(
      `{"code":200,"data":{"list":[{"title":"${REPORT}","url":"/t/1.html","publishTime":"2021-01-02 10:00:00"}],"total":45,"pageSize":20}}`,
      api,
    );
    expect(byTotal).toEqual({
      records: [{ title: REPORT, link: '/t/1.html', date: '2021-01-02' }],
      html: [],
      pages: [api.replace('pageNo=1', 'pageNo=2'), api.replace('pageNo=1', 'pageNo=3')],
      unread: null,
    });
    expect(readListAnswer(`{"totalPages":"2","rows":[]}`, api)!.pages).toEqual([api.replace('pageNo=1', 'pageNo=2')]);
    // Without a page parameter in its address, no other page is guessed.
    expect(readListAnswer(`{"total":45,"rows":[{"title":"a","url":"/a"}]}`, 'http://www.example-gov.test/list.json')!.pages).toEqual([]);
  });

  it('JSONP, HTML in data, and JCMS’s <datastore> of CDATA records', () => {
    expect(readListAnswer(`jQuery123_456({"data":{"html":"<li><a href=\\"/t/5.html\\">${REPORT}</a></li>"}});`, api)!.html).toEqual([
      `<li><a href="/t/5.html">${REPORT}</a></li>`,
    ]);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup><recordset>
<record><![CDATA[<li><a href="/art/1.html">${REPORT}</a></li>]]></record></recordset></datastore>`;
    expect(readListAnswer(xml, api)).toEqual({
      records: [],
      html: [`<li><a href="/art/1.html">${REPORT}</a></li>`],
      pages: [],
      unread: null,
    });
  });

  it('records a page counted from the answer when it gives no page size; totals deeper than three levels are not looked for', () => {
    const rows = `[{"title":"a","url":"/a"},{"title":"b","url":"/b"}]`;
    expect(readListAnswer(`{"total":5,"rows":${rows}}`, api)!.pages).toEqual(
      [3, 2].reverse().map((n) => api.replace('pageNo=1', `pageNo=${n}`)),
    );
    expect(readListAnswer(`{"a":{"b":{"c":{"d":{"totalPages":9}}}},"rows":${rows}}`, api)!.pages).toEqual([]);
    expect(readListAnswer(`{"pageCount":"x","rows":${rows}}`, api)!.pages).toEqual([]);
  });

  it('HTML strings in data need a link with an address; an empty array or zero pages is an empty list', () => {
    expect(readListAnswer(`{"html":"<a class=\\"x\\" href=\\"/t.html\\">t</a>","more":"<a name=\\"top\\">top</a>"}`, api)!.html).toEqual([
      '<a class="x" href="/t.html">t</a>',
    ]);
    expect(readListAnswer(`[]`, api)!.unread).toBeNull();
    expect(readListAnswer(`{"pageCount":0,"rows":[]}`, api)!.unread).toBeNull();
    expect(readListAnswer(`{"rows":[{"x":1}]}`, api)!.unread).toBe('JSON without records of a title and an address (rows)');
    expect(readListAnswer(`[{"x":1}]`, api)!.unread).toBe('JSON without records of a title and an address (an array)');
  });

  it('an empty list is empty; data it cannot read says why; a page is not data', () => {
    expect(readListAnswer(`{"total":0,"rows":[]}`, api)!.unread).toBeNull();
    expect(readListAnswer(`{"code":0,"msg":"ok","result":{"a":1}}`, api)!.unread).toBe(
      'JSON without records of a title and an address (code, msg, result)',
    );
    expect(readListAnswer(`{"rows":[{"id":1,"title":"${REPORT}"}]}`, api)!.unread).toBe(
      '1 records without an address (the page builds it by script)',
    );
    expect(readListAnswer(`{"rows":[`, api)!.unread).toBe('an answer that is not valid JSON');
    expect(readListAnswer(`<!DOCTYPE html><html><body></body></html>`, api)).toBeNull();
    expect(
      readListAnswer(
        `<?xml version="1.0"?><html><body><script type="text/xml"><record><![CDATA[<a href="/a">x</a>]]></record></script></body></html>`,
        api,
      ),
    ).toBeNull();
  });
});
