// What a government web page holds, for collection: the links whose titles are annual reports
// (and not look-alikes), the attachments of an article, and the pages of a column in the forms
// real CMSs write them (index.html, index_1.html…; ?page=2; a pager written by a script such as
// createPageHTML(12, 0, "index", "html")). Pure: HTML and its address in, addresses out.
import * as cheerio from 'cheerio';
import { readIsoDate, readPublicationField } from '../parser/meta/dates';

/** Extensions of documents a report is attached as (.wps: read as .doc when in Word's format). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'wps'] as const;

const REPORT_TITLE = [
  /政府信息公开.{0,12}(工作)?(年度)?(报告|年报)/,
  /政务公开.{0,6}年报/,
  /信息公开.{0,4}年报/,
  /年度报告.{0,12}政府信息公开/,
];

/** Titles that name another kind of document, however close: plans, notices, explainers. */
const LOOK_ALIKE = /工作要点|实施方案|通知|解读|考核|整改|意见|办法|规定|计划|指南|目录|述职|审计|决算|预算/;

/** Whether a link's or a page's title names a government information-disclosure annual report. */
export function isReportTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return REPORT_TITLE.some((r) => r.test(t)) && !LOOK_ALIKE.test(t);
}

export function documentExtension(url: string): (typeof DOCUMENT_EXTENSIONS)[number] | null {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
  const ext = /\.([a-z]+)$/.exec(path)?.[1];
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(ext ?? '') ? (ext as (typeof DOCUMENT_EXTENSIONS)[number]) : null;
}

export interface Link {
  url: string;
  title: string;
}

export interface PageContents {
  /** The page's own title: its heading, else <title>. */
  title: string;
  /** Links titled as annual reports (articles or documents). */
  reportLinks: Link[];
  /** Document links (.pdf .doc .docx .wps), whatever their title. */
  attachments: Link[];
  /** Other pages of the same column (never this page). */
  pages: string[];
  /** The page's publication date (ISO): its date meta (PubDate of the national government-site standard), else a 发布时间 field. */
  publishedOn: string | null;
}

/** Date metas of article pages: PubDate (政府网站 standard), then the common CMS and Open Graph ones. */
const DATE_METAS = ['PubDate', 'publishdate', 'firstpublishedtime', 'article:published_time'];

function publicationDate($: cheerio.CheerioAPI): string | null {
  for (const name of DATE_METAS) {
    const content = $(`meta[name="${name}" i], meta[property="${name}" i]`).first().attr('content');
    const date = content ? readIsoDate(content) : null;
    if (date) return date;
  }
  return readPublicationField($('body').text());
}

function absolute(href: string | undefined, base: string): string | null {
  if (!href || /^(javascript|mailto|tel):/i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function directory(url: URL): string {
  return url.pathname.replace(/[^/]*$/, '');
}

/** Pager pages a script writes: createPageHTML(pages, current, "index", "html") and its kin. */
function scriptedPages(html: string, base: URL): string[] {
  const pages: string[] = [];
  const re = /createPage(?:HTML)?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/g;
  for (const m of html.matchAll(re)) {
    const count = Math.min(Number(m[1]), 500);
    const [prefix, ext] = [m[3]!, m[4]!];
    for (let i = 0; i < count; i++) pages.push(new URL(`${directory(base)}${i === 0 ? prefix : `${prefix}_${i}`}.${ext}`, base).href);
  }
  return pages;
}

/** Whether `candidate` is another page of the column `page` is one of. */
function isColumnPage(candidate: URL, page: URL, text: string): boolean {
  if (candidate.host !== page.host) return false;
  const sameDir = directory(candidate) === directory(page);
  if (sameDir && /\/index(_\d+)?\.s?html?$/.test(candidate.pathname)) return true;
  if (candidate.pathname === page.pathname && /(^|&)(page|pageNo|pageIndex|currentPage|p)=\d+/i.test(candidate.search.slice(1)))
    return true;
  if (!sameDir || documentExtension(candidate.href)) return false;
  if (/^(下一页|上一页|尾页|末页|首页)$/.test(text)) return true;
  // A bare page number: only to this address (another query) or a numbered sibling (list_2.htm).
  return /^\d{1,3}$/.test(text) && (candidate.pathname === page.pathname || /_\d+\.\w+$/.test(candidate.pathname));
}

export function readPage(html: string, pageUrl: string): PageContents {
  const $ = cheerio.load(html);
  const page = new URL(pageUrl);
  page.hash = '';
  const heading = $('h1').first().text().trim() || $('.title, .article-title, #title').first().text().trim();
  const title = (heading || $('title').first().text()).replace(/\s+/g, ' ').trim();
  const reportLinks = new Map<string, Link>();
  const attachments = new Map<string, Link>();
  const pages = new Set<string>();
  $('a[href]').each((_, el) => {
    const a = $(el);
    const url = absolute(a.attr('href'), page.href);
    if (!url || url === page.href) return;
    const text = (a.text() || a.attr('title') || '').replace(/\s+/g, ' ').trim();
    const linkTitle = a.attr('title')?.trim() || text;
    if (documentExtension(url)) attachments.set(url, { url, title: linkTitle });
    if (isReportTitle(linkTitle) || isReportTitle(text)) reportLinks.set(url, { url, title: linkTitle });
    else if (isColumnPage(new URL(url), page, text)) pages.add(url);
  });
  for (const p of scriptedPages(html, page)) if (p !== page.href) pages.add(p);
  return {
    title,
    reportLinks: [...reportLinks.values()],
    attachments: [...attachments.values()],
    pages: [...pages],
    publishedOn: publicationDate($),
  };
}

/** The year a title names (2020年…), if any. */
export function yearOf(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

export type PageRole = { kind: 'column'; reportLinks: Link[]; pages: string[] } | { kind: 'article'; attachments: Link[] };

/**
 * What a page is to collection: what it was found as (a column's page, a report link), or for an
 * address given to collect: a column when it links reports or
 * other pages and is not itself one year's report (a column is named like a report, without a
 * year); else an article, whose attachments (if any) are the report, not its own text.
 */
export function pageRole(contents: PageContents, ownUrls: string[], known: PageRole['kind'] | null): PageRole {
  const own = new Set(ownUrls);
  const reportLinks = contents.reportLinks.filter((l) => !own.has(l.url));
  const ownReport = isReportTitle(contents.title) && yearOf(contents.title) !== null;
  const column = known ? known === 'column' : (contents.pages.length > 0 || reportLinks.length > 0) && !ownReport;
  if (column) return { kind: 'column', reportLinks, pages: contents.pages };
  return { kind: 'article', attachments: contents.attachments.filter((l) => !own.has(l.url)) };
}
