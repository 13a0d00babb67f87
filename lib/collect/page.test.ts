import { describe, expect, it } from 'vitest';
import { readFetched } from './page';

const COLUMN = 'http://www.example-gov.test/xxgk/ndbg/index.html';
const API = 'http://www.example-gov.test/api/list?pageNo=1';
const answer = (body: string, contentType: string | null, finalUrl = API) => ({ body: Buffer.from(body), contentType, finalUrl });
const RECORDS = JSON.stringify({ total: 2, pageSize: 1, rows: [{ title: '2020年政府信息公开工作年度报告', url: './202101/t1.html' }] });

describe('what a fetched answer is as a page', () => {
  it('a list endpoint’s JSON (whatever its Content-Type says) is a page of the column it is written into', () => {
    for (const type of ['application/json;charset=UTF-8', 'text/html; charset=utf-8', 'text/plain', null]) {
      const read = readFetched(answer(RECORDS, type), COLUMN);
      expect(read?.data).toBe(true);
      expect(read!.contents.reportLinks.map((l) => l.url)).toEqual(['http://www.example-gov.test/xxgk/ndbg/202101/t1.html']);
      expect(read!.contents.pages).toEqual(['http://www.example-gov.test/api/list?pageNo=2']);
    }
    // JSONP and a byte-order mark before the data.
    expect(readFetched(answer(`cb(${RECORDS});`, 'application/javascript'), COLUMN)?.data).toBe(true);
    expect(readFetched(answer(`\uFEFF${RECORDS}`, 'application/json'), COLUMN)?.data).toBe(true);
  });

  it('a page’s own script file: the lists it asks, on the page’s behalf; one that asks none says so', () => {
    const js = (code: string) => answer(code, 'application/javascript', 'http://www.example-gov.test/static/js/app.js');
    const read = readFetched(js(`!function(){ $.getJSON('../api/ndbg/list', { pageNo: 1 }); }();`), COLUMN);
    expect(read).toMatchObject({
      data: true,
      contents: { endpoints: ['http://www.example-gov.test/xxgk/api/ndbg/list?pageNo=1'], unreadLists: [] },
    });
    expect(readFetched(js(`window.CONFIG = { theme: 'red' };`), COLUMN)!.contents.unreadLists).toEqual([
      "the page's script http://www.example-gov.test/static/js/app.js asks no list and holds none that can be read without running it",
    ]);
    expect(readFetched(js(`$.getJSON('/api/ndbg/list');`), null)).toBeNull();
  });

  it('not read as data for an article or a document; an HTML page is a page; a document is neither', () => {
    expect(readFetched(answer(RECORDS, 'application/json'), null)).toBeNull();
    const html = '<html><body><a href="/a/2020.html">2020年政府信息公开工作年度报告</a></body></html>';
    expect(readFetched(answer(html, 'text/html'), COLUMN)).toMatchObject({
      data: false,
      contents: { reportLinks: [{ url: 'http://www.example-gov.test/a/2020.html' }] },
    });
    expect(readFetched(answer(html, null, COLUMN), null)?.data).toBe(false);
    expect(readFetched(answer('%PDF-1.7 …', 'application/pdf', 'http://www.example-gov.test/a.pdf'), COLUMN)).toBeNull();
    // An HTML page served as text/plain or octet-stream is a page; an image or a PDF's address is not.
    expect(readFetched(answer(html, 'text/plain', COLUMN), null)?.data).toBe(false);
    expect(readFetched(answer(html, 'application/octet-stream', COLUMN), null)?.data).toBe(false);
    expect(readFetched(answer(html, 'image/png', COLUMN), null)).toBeNull();
    expect(readFetched(answer(html, null, 'http://www.example-gov.test/a.pdf'), null)).toBeNull();
    expect(readFetched(answer('just text, no markup', 'text/plain', COLUMN), null)).toBeNull();
    // A JSON-looking answer at a document's address is the document.
    expect(readFetched(answer(RECORDS, null, 'http://www.example-gov.test/a.pdf'), COLUMN)).toBeNull();
  });
});
