// Redirects written in a page and firewall challenges: followed or refused only on almost empty
// pages; an article that merely mentions them is an article.
import { describe, expect, it } from 'vitest';
import { challengeReason, softRedirect } from './signals';
import { reportHtml } from './testing/site';

const bytes = (s: string) => new TextEncoder().encode(s);
const base = 'http://www.example-gov.test/xxgk/ndbg/t1.html';

describe('redirects written in the page', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0; url=/a/b.html">', 'http://www.example-gov.test/a/b.html'],
    ["<META HTTP-EQUIV='Refresh' CONTENT='3;URL=../c.html'>", 'http://www.example-gov.test/xxgk/c.html'],
    ['<meta http-equiv="refresh" content="0;url=\'https://other.example-gov.test/x\'">', 'https://other.example-gov.test/x'],
    ['<script>window.location.href = "./202101/t2.html";</script>', 'http://www.example-gov.test/xxgk/ndbg/202101/t2.html'],
    ["<script>location.replace('/x.html#top')</script>", 'http://www.example-gov.test/x.html'],
    ['<script type="text/javascript">top.location = "/y.html"</script>正在跳转…', 'http://www.example-gov.test/y.html'],
  ])('%s → %s', (html, target) => expect(softRedirect(bytes(`<html><head>${html}</head><body></body></html>`), base)).toBe(target));

  it.each([
    ['a refresh without an address (the page reloads itself)', '<meta http-equiv="refresh" content="300">'],
    ['a slow refresh (a notice page)', '<meta http-equiv="refresh" content="30; url=/a.html">'],
    ['a computed address', '<script>location.href = location.pathname + location.search</script>'],
    ['javascript:', '<script>window.location.href = "javascript:void(0)"</script>'],
  ])('not for %s', (_, html) => expect(softRedirect(bytes(`<html><head>${html}</head><body></body></html>`), base)).toBeNull());

  it('not for a page with text, whatever its scripts do', () => {
    const article = reportHtml('一、总体情况\n'.repeat(40), '阜阳市2020年政府信息公开工作年度报告').replace(
      '</head>',
      '<script>if (mobile) window.location.href = "/m/t1.html";</script></head>',
    );
    expect(softRedirect(bytes(article), base)).toBeNull();
  });
});

describe('firewall challenges', () => {
  it.each([
    ['加速乐 (a cookie, then a reload)', "<script>document.cookie=('_')+('_j')+'sl_clearance=1';location.href=location.pathname</script>"],
    ['瑞数 ($_ts)', "<script>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=1;</script><script src='/x.js'></script>"],
    ['云锁', '<script>setCookie("yunsuo_session_verify", "abc");</script>'],
    ['阿里云 acw_sc__v2', "<script>var arg1='0A5F36B9C3F1E7D2A4B6C8E0F1A3B5C7D9E1F3A5';</script>"],
  ])('%s', (_, html) => expect(challengeReason(bytes(`<html><body>${html}</body></html>`), 'text/html')).toMatch(/challenge/));

  it('not a page with text, a document, or an empty page without scripts', () => {
    const article = reportHtml('一、总体情况\n'.repeat(40), '年报').replace(
      '</head>',
      '<script>document.cookie="visited=1";</script></head>',
    );
    expect(challengeReason(bytes(article), 'text/html')).toBeNull();
    expect(challengeReason(bytes('<script>document.cookie="a=1"</script>'), 'application/pdf')).toBeNull();
    expect(challengeReason(bytes('<html><body></body></html>'), 'text/html')).toBeNull();
  });
});
