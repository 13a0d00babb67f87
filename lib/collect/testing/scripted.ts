// 年报 columns whose lists are written by scripts, as the national CMS families write them, on the
// test site (127.0.0.1 only, PATTERN_HOST): 大汉 JCMS's jpage (first records in a <datastore>, the
// rest from dataproxy.jsp); a site-cluster platform's JSON API asked by $.ajax (POST, a page
// number, records with relative links, a PDF, dates); a static generator's data in the page (TRS
// WCM field names in a variable, document.write, <script type="application/json">) and a JSON
// file asked by fetch; and what cannot be read: a list from another host, an address built at run
// time, JSON of no known shape, an endpoint that takes POST only, one robots.txt forbids, and a
// single-page application's empty shell.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { page, PATTERN_HOST, reportHtml, type FixtureSite, type Route } from './site';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const seed = (name: string) => readFileSync(path.join(ROOT, 'data/reports/seeds', name), 'utf8');
const title = (place: string, year: number) => `${place}${year}年政府信息公开工作年度报告`;
const html = (s: string): Route => ({ body: Buffer.from(s), type: 'text/html; charset=utf-8' });
const json = (value: unknown, type = 'application/json;charset=UTF-8'): Route => ({ body: Buffer.from(JSON.stringify(value)), type });
const script = (code: string) => `<script type="text/javascript">${code}</script>`;

/** The addresses of the script-written columns (paths on PATTERN_HOST). */
export const SCRIPTED = {
  jcms: {
    column: '/col/col2061/index.html',
    /** The second group of records, as collection asks it (GET, the <nextgroup> link's parameters). */
    proxy:
      '/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=3&perpage=1&webid=1&path=%27%2F%27&columnid=2061&unitid=8000&webname=%27%E6%9F%90%E6%9F%90%E5%B8%82%27&permissiontype=0',
    lookAlike: '/art/2021/3/1/art_2061_2.html',
    reports: ['阜阳市 2020', '商丘市 2017'],
  },
  api: {
    column: '/zfxxgk/ndbg/index.html',
    pages: ['/api/content/list?channelId=1021&pageNo=1&pageSize=2', '/api/content/list?channelId=1021&pageNo=2&pageSize=2'],
    lookAlike: '/zfxxgk/ndbg/202103/t20210301_2.html',
    pdf: '/files/2024/P020240120571.pdf',
    reports: ['弋阳县 2020', '洪泽区 2023'],
  },
  data: {
    column: '/xxgk/zfxxgkndbg/index.html',
    file: '/xxgk/zfxxgkndbg/list.json',
    reports: ['乌兰察布市 2020', '商丘市 2017', '阜阳市 2020'],
  },
  /** A list only from another host and one whose address is built at run time: nothing readable. */
  unreadable: '/xxgk/ndbg3/index.html',
  /** A single-page application's shell: its list asked by its own bundle; another own script holds none. */
  shell: {
    column: '/xxgk/ndbg5/index.html',
    bundle: '/static/js/app.8c1d.js',
    config: '/static/js/config.js',
    api: '/api/spa/ndbg/list?channelId=ndbg&pageNo=1&pageSize=10',
    /** Libraries: never fetched. */
    libraries: ['/js/jquery-1.12.4.min.js', '/static/js/chunk-vendors.3f2a.js'],
  },
  /** Endpoints that answer JSON of no known shape, take POST only, are forbidden by robots.txt. */
  mixed: {
    column: '/xxgk/ndbg4/index.html',
    unknownShape: '/api/ndbg/list.json',
    postOnly: '/api/ndbg/postlist?columnId=5&page=1',
    forbidden: '/admin/ndbg/list.json',
    /** Another list of the page (news in a side bar), of 300 pages: asked once. */
    news: '/api/news/list?pageNo=1',
  },
};

const list = (name: string, body: string) => html(page(name, `<div class="list"><h2>${name}</h2>${body}</div>`));

/** Adds the script-written columns to a fixture site (with their articles and files). */
export function addScriptedPatterns(site: FixtureSite): void {
  const add = (p: string, r: Route) => site.setRoute(PATTERN_HOST, p, r);
  add('/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /admin/\n'), type: 'text/plain' });
  const report = (file: string, place: string, year: number) => html(reportHtml(seed(file), title(place, year)));

  // 大汉 JCMS: two records of the first group (perPage 1 × groupSize 2) in the page, the third from dataproxy.jsp.
  const record = (href: string, text: string, date: string) =>
    `<record><![CDATA[<li><a href="${href}" target="_blank" title="${text}">${text}</a><span>${date}</span></li>]]></record>`;
  add(
    SCRIPTED.jcms.column,
    list(
      '政府信息公开年报',
      `<div id="8000"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path='/'&columnid=2061&unitid=8000&webname='某某市'&permissiontype=0"></a>]]></nextgroup>
<recordset>${record('/art/2021/1/29/art_2061_1.html', title('阜阳市', 2020), '2021-01-29')}
${record(SCRIPTED.jcms.lookAlike, '2021年政务公开工作要点', '2021-03-01')}</recordset></datastore></script></div>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
${script("$(document).ready(function(){ $('#8000').jpage({ totalRecord: 3, perPage: 1, groupSize: 2, barPosition: 'bottom' }); });")}`,
    ),
  );
  add(SCRIPTED.jcms.proxy, {
    body: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup><recordset>${record('/art/2018/1/30/art_2061_3.html', title('商丘市', 2017), '2018-01-30')}</recordset></datastore>`,
    ),
    type: 'text/xml;charset=UTF-8',
  });
  add('/art/2021/1/29/art_2061_1.html', report('000-fuyang-2020.txt', '阜阳市', 2020));
  add('/art/2018/1/30/art_2061_3.html', report('004-shangqiu-2017.txt', '商丘市', 2017));

  // A site-cluster platform: an empty list the page fills from a JSON API it POSTs to, page by page.
  add(
    SCRIPTED.api.column,
    list(
      '政府信息公开工作年度报告',
      `<ul id="list"></ul><div id="pager"></div>${script(`var channelId = '1021';
function getList(pageNo) {
  $.ajax({ url: '/api/content/list', type: 'post', dataType: 'json',
    data: { channelId: channelId, pageNo: pageNo, pageSize: 2 },
    success: function (res) {
      var html = '';
      $.each(res.data.list, function (i, item) { html += '<li><a href="' + item.url + '">' + item.title + '</a><span>' + item.publishTime + '</span></li>'; });
      $('#list').html(html);
      renderPager(res.data.total, pageNo);
    } });
}
getList(1);`)}`,
    ),
  );
  const [first, second] = SCRIPTED.api.pages as [string, string];
  add(
    first,
    json({
      code: 200,
      data: {
        total: 3,
        pageSize: 2,
        list: [
          { id: 11, title: title('弋阳县', 2020), url: './202102/t20210202_1.html', publishTime: '2021-02-02 10:00:00' },
          { id: 12, title: '2021年政务公开工作要点', url: './202103/t20210301_2.html', publishTime: '2021-03-01 09:00:00' },
        ],
      },
    }),
  );
  add(
    second,
    json({
      code: 200,
      data: {
        total: 3,
        pageSize: 2,
        list: [{ id: 13, title: title('洪泽区', 2023), url: SCRIPTED.api.pdf, publishTime: '2024-01-20 16:30:00' }],
      },
    }),
  );
  add('/zfxxgk/ndbg/202102/t20210202_1.html', report('001-yiyang-2020.txt', '弋阳县', 2020));
  add(SCRIPTED.api.pdf, { body: readFileSync(path.join(ROOT, 'data/reports/corpus/hongze_district_2023.pdf')), type: 'application/pdf' });

  // A static generator: TRS WCM's field names in a variable, document.write, JSON in the page, and a JSON file;
  // beside them a list from another host (read in part).
  add(
    SCRIPTED.data.column,
    list(
      '政府信息公开年报',
      `<ul>${script(`var ndbgData = {"rows": [{"DOCTITLE": "${title('乌兰察布市', 2020)}", "DOCPUBURL": "./202101/t20210130_1.html", "DOCRELTIME": "2021-01-30"}]};
document.write('<li><a href="/xxgk/zfxxgkndbg/201801/t20180130_2.html">${title('商丘市', 2017)}</a></li>');`)}</ul>
<script type="application/json" id="page-data">{"column":"年报","items":[{"name":"2021年政务公开工作要点","link":"./202103/t1.html"}]}</script>
${script(`fetch('list.json').then(function (r) { return r.json(); }).then(render);
fetch('https://api.other-gov.test/ndbg/list.json').then(render);`)}`,
    ),
  );
  add(
    SCRIPTED.data.file,
    json([{ title: title('阜阳市', 2020), href: '/xxgk/zfxxgkndbg/202101/t20210129_3.html', date: '2021-01-29' }], 'application/json'),
  );
  add(
    '/xxgk/zfxxgkndbg/202101/t20210130_1.html',
    html(reportHtml(seed('003-wulanchabu-office-2020.txt'), '乌兰察布市政府办公室2020年政府信息公开工作年度报告')),
  );
  add('/xxgk/zfxxgkndbg/201801/t20180130_2.html', report('004-shangqiu-2017.txt', '商丘市', 2017));
  add('/xxgk/zfxxgkndbg/202101/t20210129_3.html', report('000-fuyang-2020.txt', '阜阳市', 2020));

  // Nothing readable: the list comes from another host, or from an address only the running script knows.
  // (Without the site's menu, whose link to the other 年报 column would be followed.)
  add(
    SCRIPTED.unreadable,
    html(
      `<html><head><title>政府信息公开年报</title></head><body><h2>政府信息公开年报</h2><ul id="list"></ul>${script(`$.getJSON('https://api.other-gov.test/ndbg/list', { site: 'xxgk' }, render);
function more(p) { $.ajax({ url: '/api/list?catalog=' + window.catalogId + '&page=' + p, success: render }); }`)}</body></html>`,
    ),
  );

  add(
    SCRIPTED.shell.column,
    html(
      `<!DOCTYPE html><html><head><title>政府信息公开年报</title><script src="/js/jquery-1.12.4.min.js"></script></head><body><div id="app"></div>
<script src="/static/js/config.js"></script><script src="/static/js/chunk-vendors.3f2a.js"></script><script src="/static/js/app.8c1d.js"></script><script src="https://hm.baidu.com/hm.js?x"></script></body></html>`,
    ),
  );
  const js = (code: string): Route => ({ body: Buffer.from(code), type: 'application/javascript; charset=utf-8' });
  add(
    SCRIPTED.shell.bundle,
    js(
      `!function(){var api="/api/spa/ndbg/list";function load(pageNo){axios.get(api,{params:{channelId:"ndbg",pageNo:pageNo,pageSize:10}}).then(function(r){render(r.data)})}load(1)}();`,
    ),
  );
  add(SCRIPTED.shell.config, js(`window.SITE_CONFIG = { name: '某某市人民政府', theme: 'red' };`));
  add(
    SCRIPTED.shell.api,
    json({
      total: 1,
      records: [{ id: 301, title: title('乌兰察布市', 2020), linkUrl: '/spa/ndbg/detail/301.html', releaseDate: '2021-01-30' }],
    }),
  );
  add(
    '/spa/ndbg/detail/301.html',
    html(reportHtml(seed('003-wulanchabu-office-2020.txt'), '乌兰察布市政府办公室2020年政府信息公开工作年度报告')),
  );

  add(
    SCRIPTED.mixed.column,
    list(
      '政府信息公开年报',
      `<ul id="list"></ul>${script(`$.getJSON('/api/ndbg/list.json', render);
$.post('/api/ndbg/postlist', { columnId: 5, page: 1 }, render);
$.getJSON('/admin/ndbg/list.json', render);
$.getJSON('/api/news/list', { pageNo: 1 }, renderNews);`)}`,
    ),
  );
  add(SCRIPTED.mixed.unknownShape, json({ code: 0, msg: 'ok', result: { count: 2, html: '' } }));
  add(SCRIPTED.mixed.postOnly, { ...json({ code: 405, msg: 'Request method GET not supported' }), status: 405 });
  add(SCRIPTED.mixed.forbidden, json([]));
  add(SCRIPTED.mixed.news, json({ total: 3000, pageSize: 10, list: [{ title: '市政府召开常务会议', url: '/news/2025/1.html' }] }));
}
