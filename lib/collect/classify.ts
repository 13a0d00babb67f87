// What a government web page holds, for collection: the links whose titles are annual reports
// (and not look-alikes), the attachments of an article, and the pages of a column in the forms
// real CMSs write them (index.html, index_1.html…; ?page=2; a pager written by a script such as
// createPageHTML(12, 0, "index", "html")). Pure: HTML and its address in, addresses out.
import * as cheerio from 'cheerio';
import { readIsoDate, readPublicationField } from '../parser/meta/dates';
import { readScripts, type ListAnswer, type ListRecord } from './scripts';

/** Extensions of documents a report is attached as (.wps: read as .doc when in Word's format). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'wps'] as const;
/** Attachments the reader cannot read (spreadsheets, archives, OFD): named with a reason, never fetched. */
export const UNREAD_EXTENSIONS = ['xls', 'xlsx', 'et', 'zip', 'rar', '7z', 'ofd'] as const;

export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];
export type AttachmentType = DocumentExtension | (typeof UNREAD_EXTENSIONS)[number];
const ATTACHMENT_TYPES: readonly string[] = [...DOCUMENT_EXTENSIONS, ...UNREAD_EXTENSIONS];

const REPORT_TITLE = [
  /政府信息公开.{0,12}(工作)?(年度)?(报告|年报)/,
  /政务公开.{0,6}年报/,
  /信息公开.{0,4}年报/,
  /年度报告.{0,12}政府信息公开/,
];
/** What is left of a title a list cut short ("…政府信息公开工作年度…"): a report when it still says so. */
const CUT_REPORT_TITLE = /(政府信息公开|政务公开).{0,8}(年度|年报|工作年|工作)[^…]{0,3}$/;

/** Titles that name another kind of document, however close: plans, notices, explainers, forms. */
const LOOK_ALIKE =
  /工作要点|实施方案|通知|解读|考核|整改|意见|办法|规定|计划|指南|目录|述职|审计|决算|预算|申请表|流程图|关于(做好|开展|印发|转发|加强|进一步)/;

/** Whether a link's or a page's title names a government information-disclosure annual report. */
export function isReportTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  if (LOOK_ALIKE.test(t)) return false;
  if (REPORT_TITLE.some((r) => r.test(t))) return true;
  const cut = /^(.*?)(…+|\.{2,})$/.exec(t)?.[1];
  return cut !== undefined && CUT_REPORT_TITLE.test(cut);
}

function extensionOf(path: string): string | null {
  return /\.([a-z0-9]+)$/.exec(path.toLowerCase())?.[1] ?? null;
}

export function documentExtension(url: string): DocumentExtension | null {
  const ext = attachmentType(url, '');
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(ext ?? '') ? (ext as DocumentExtension) : null;
}

/**
 * What an attachment link leads to: the extension of its path, else of a file name in its query
 * (downfile.jsp?filename=P0201.pdf), else — for a download script (download.jsp?id=…) — of its
 * title ("年报.pdf（256KB）"). Null for pages.
 */
export function attachmentType(url: string, title: string): AttachmentType | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const known = (ext: string | null | undefined) => (ext && ATTACHMENT_TYPES.includes(ext) ? (ext as AttachmentType) : null);
  const own = extensionOf(parsed.pathname);
  if (known(own)) return known(own);
  for (const value of parsed.searchParams.values()) if (known(extensionOf(value))) return known(extensionOf(value));
  // A page's address (.html, a folder) is a page whatever its link says; a script's may be a download.
  if ((own && /^s?html?$/.test(own)) || (!own && !parsed.search)) return null;
  return known(/\.([a-z0-9]+)\s*(?:[(（][^)）]*[)）])?\s*$/i.exec(title.trim())?.[1]?.toLowerCase());
}

export interface Link {
  url: string;
  title: string;
  /** The date a list gives the link (ISO), when it gives one as data. */
  date?: string | null;
}

export interface Attachment extends Link {
  type: AttachmentType;
}

export interface PageContents {
  /** The page's own title: its heading, else <title>. */
  title: string;
  /** Links titled as annual reports (articles or documents). */
  reportLinks: Link[];
  /** Attachment links (documents, spreadsheets, archives), whatever their title: links, link scripts, frames. */
  attachments: Attachment[];
  /** Other pages of the same column (never this page): its pager, and the columns of other years beside it. */
  pages: string[];
  /** List endpoints the page's scripts ask (JSON APIs, jpage's dataproxy.jsp…), on its own host: pages of the column too. */
  endpoints: string[];
  /** Lists the page's scripts load that cannot be followed, each with why. */
  unreadLists: string[];
  /** The page's own scripts on its host (<script src>), common libraries aside: what may write its content. */
  scripts: string[];
  /** The page's publication date (ISO): its date meta (PubDate of the national government-site standard), else a 发布时间 field. */
  publishedOn: string | null;
  /** Pages framed in this one (<iframe>, <frame>) on its own site: an empty article's text may be there. */
  frames: string[];
  /** Characters of the page's text, scripts, navigation and footer aside. */
  textLength: number;
  /** Whether the page holds a report's statistics tables (主动公开 and 政府信息公开申请 with a <table>). */
  hasReportTables: boolean;
  /** What the page's relative addresses are relative to: its <base href>, else its own address. */
  base: string;
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
  if (!href || /^(javascript|mailto|tel|data):/i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    // A servlet session in the path (;jsessionid=…) would make one page many addresses.
    url.pathname = url.pathname.replace(/;jsessionid=[^/?]*/i, '');
    return url.href;
  } catch {
    return null;
  }
}

function directory(url: URL): string {
  return url.pathname.replace(/[^/]*$/, '');
}

/** Pages of one column at most (a pager's count, a 尾页 number). */
const MAX_PAGES = 500;

/** `var countPage = 12` (and its kin) in the page's scripts: a pager call may name its numbers so. */
function scriptNumber(html: string, name: string): number | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(\\d+)`).exec(html);
  return m ? Number(m[1]) : null;
}

/**
 * Pager pages a script writes: createPageHTML(pages, current, "index", "html"), createPage(…), the
 * form with a leading element id and a trailing record count (createPageHTML('page_div', 12, 1,
 * 'fg', 'shtml', 240)), and the numbers as variables (createPageHTML(countPage, currentPage, …)).
 */
function scriptedPages(html: string, base: URL): string[] {
  const pages: string[] = [];
  const re = /createPage(?:HTML)?\(\s*(?:["'][\w-]*["']\s*,\s*)?(\w+)\s*,\s*(\w+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/g;
  for (const m of html.matchAll(re)) {
    const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : scriptNumber(html, m[1]!);
    if (count === null) continue;
    const [prefix, ext] = [m[3]!, m[4]!];
    for (let i = 0; i < Math.min(count, MAX_PAGES); i++)
      pages.push(new URL(`${directory(base)}${i === 0 ? prefix : `${prefix}_${i}`}.${ext}`, base).href);
  }
  return pages;
}

/**
 * Every page of a numbered pager (list.html, list_1.html … list_N.html) whose last page is known:
 * linked as 尾页, or N + 1 pages counted by "共 N 页" beside a numbered page of this folder.
 */
function pagesUpTo(last: URL | null, total: number | null, page: URL, known: string[]): string[] {
  const folder = new URL(directory(page), page).href;
  const numbered = (u: string) => /^(.*\/)([\w-]+?)(?:_(\d+))?\.(s?html?)$/.exec(u);
  const lastMatch = last && numbered(last.href);
  if (!lastMatch && total === null) return [];
  const sample = lastMatch ?? known.map(numbered).find((m) => m && m[3] !== undefined);
  if (!sample || sample[1] !== folder) return [];
  const [, dir, prefix, , ext] = sample;
  const lastNumber = Math.min(MAX_PAGES - 1, Math.max(lastMatch ? Number(lastMatch[3] ?? 0) : 0, (total ?? 0) - 1));
  return Array.from({ length: lastNumber + 1 }, (_, i) => `${dir}${prefix}${i ? `_${i}` : ''}.${ext}`);
}

const LAST_PAGE = /^(尾页|末页|最后一页)$/;

/** Whether `candidate` is another page of the column `page` is one of. */
function isColumnPage(candidate: URL, page: URL, text: string): boolean {
  if (candidate.host !== page.host) return false;
  const sameDir = directory(candidate) === directory(page);
  if (sameDir && /\/index(_\d+)?\.s?html?$/.test(candidate.pathname)) return true;
  if (candidate.pathname === page.pathname && /(^|&)(page|pageNo|pageIndex|currentPage|p)=\d+/i.test(candidate.search.slice(1)))
    return true;
  if (!sameDir || documentExtension(candidate.href)) return false;
  if (/^(下一页|上一页|尾页|末页|首页|下页|上页)$/.test(text)) return true;
  // A bare page number: only to this address (another query) or a numbered sibling (list_2.htm).
  return /^\d{1,3}$/.test(text) && (candidate.pathname === page.pathname || /_\d+\.\w+$/.test(candidate.pathname));
}

/**
 * Whether `candidate` is the column of another year beside this one: a link titled with a bare year
 * ("2022年", "2022年度", "2022年报") to a folder or index page under this folder's parent.
 */
function isYearColumn(candidate: URL, page: URL, text: string): boolean {
  if (candidate.host !== page.host || candidate.search || !/^(19|20)\d{2}\s*(年度?|年报|年度报告)?$/.test(text)) return false;
  if (!/\/(index(_\d+)?\.s?html?)?$/.test(candidate.pathname)) return false;
  const parent = directory(page).replace(/[^/]*\/$/, '');
  return candidate.pathname.startsWith(parent) && directory(candidate) !== directory(page);
}

/** Addresses in an onclick or javascript: link: window.open('…'), downloadFile("…"), location.href='…'. */
function scriptedAddresses(code: string): string[] {
  return [...code.matchAll(/["']([^"'\s]+)["']/g)].map((m) => m[1]!).filter((s) => /[./]/.test(s));
}

/** A PDF viewer's document: viewer.html?file=/attach/x.pdf. */
function viewerFile(url: string): string | null {
  try {
    const file = new URL(url).searchParams.get('file');
    return file ? new URL(file, url).href : null;
  } catch {
    return null;
  }
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Scripts every site loads (libraries, statistics, sharing), which write no list of their own. */
const LIBRARY_SCRIPT =
  /jquery|bootstrap|vue(\.runtime)?(\.min)?\.js|react|angular|swiper|layer|polyfill|html5shiv|respond|echarts|font|analytics|cnzz|hm\.js|share|jpage|zepto|lodash|moment|vendor|runtime|manifest/i;

function ownScripts($: cheerio.CheerioAPI, base: string, page: URL): string[] {
  return $('script[src]')
    .toArray()
    .map((el) => absolute($(el).attr('src'), base))
    .filter((src): src is string => !!src && new URL(src).host === page.host && !LIBRARY_SCRIPT.test(new URL(src).pathname));
}

/** A list's records titled as reports, as links (with their dates). */
function recordLinks(records: ListRecord[], base: string): Link[] {
  return records.flatMap((r) => {
    const url = absolute(r.link, base);
    return url && isReportTitle(r.title) ? [{ url, title: r.title, date: r.date }] : [];
  });
}

export function readPage(html: string, pageUrl: string): PageContents {
  const $ = cheerio.load(html);
  const page = new URL(pageUrl);
  page.hash = '';
  // <base href> moves every relative address of the page.
  const base = absolute($('base[href]').first().attr('href'), page.href) ?? page.href;
  // TRS and kin name an article in <meta name="ArticleTitle">; else its heading, else <title>.
  const heading =
    $('meta[name="ArticleTitle" i]').attr('content')?.trim() ||
    $('h1').first().text().trim() ||
    $('.title, .article-title, #title').first().text().trim();
  const title = (heading || $('title').first().text()).replace(/\s+/g, ' ').trim();
  const reportLinks = new Map<string, Link>();
  const attachments = new Map<string, Attachment>();
  const pages = new Set<string>();
  const frames = new Set<string>();
  let last: URL | null = null;
  const attach = (url: string | null, linkTitle: string): boolean => {
    if (!url || url === page.href) return false;
    const type = attachmentType(url, linkTitle);
    if (type && !attachments.has(url)) attachments.set(url, { url, title: linkTitle, type });
    return type !== null;
  };
  const readAnchors = (doc: cheerio.CheerioAPI) =>
    doc('a').each((_, el) => {
      const a = doc(el);
      const text = (a.text() || a.attr('title') || '').replace(/\s+/g, ' ').trim();
      const linkTitle = a.attr('title')?.trim() || text;
      const href = a.attr('href');
      // Links written as scripts: onclick="window.open('…')", href="javascript:downloadFile('…')".
      const code = `${a.attr('onclick') ?? ''} ${/^\s*javascript:/i.test(href ?? '') ? href : ''}`;
      for (const s of scriptedAddresses(code)) attach(absolute(s, base), linkTitle);
      const url = absolute(href, base);
      if (!url || url === page.href) return;
      attach(viewerFile(url), linkTitle);
      attach(url, linkTitle);
      const target = new URL(url);
      const columnPage = isColumnPage(target, page, text);
      // A year-less report-like title ("政府信息公开年报") on a page of this column names the column.
      if ((isReportTitle(linkTitle) || isReportTitle(text)) && (!columnPage || yearOf(linkTitle) !== null))
        reportLinks.set(url, { url, title: linkTitle });
      else if (columnPage || isYearColumn(target, page, text)) {
        pages.add(url);
        if (LAST_PAGE.test(text)) last = target;
      }
    });
  readAnchors($);
  // 大汉 JCMS writes a column's first records in <script type="text/xml"><datastore><record><![CDATA[<li><a …>]]>.
  $('script[type="text/xml"]').each((_, el) => {
    const records = [...($(el).html() ?? '').matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('\n');
    if (records) readAnchors(cheerio.load(records));
  });
  // Lists the scripts write or hold (document.write, data records), and the endpoints they ask.
  const scripts = $('script:not([src])')
    .toArray()
    .map((el) => ({ code: $(el).html() ?? '', type: $(el).attr('type') ?? '' }));
  const scripted = readScripts(scripts, html, base);
  for (const fragment of scripted.html) readAnchors(cheerio.load(fragment));
  for (const l of recordLinks(scripted.records, base)) if (!reportLinks.has(l.url)) reportLinks.set(l.url, l);
  // Frames, embeds and objects: a document shown in the page is an attachment; a framed page may hold the text.
  $('iframe[src], frame[src], embed[src], object[data]').each((_, el) => {
    const src = absolute($(el).attr('src') ?? $(el).attr('data'), base);
    if (!src || src === page.href) return;
    if (attach(viewerFile(src), title) || attach(src, title)) return;
    if (new URL(src).host === page.host) frames.add(src);
  });
  const body = $('body').clone();
  body.find('script, style, noscript, .nav, nav, header, footer, .footer, .header').remove();
  const text = body.text().replace(/\s+/g, '');
  const total = /共(\d{1,3})页/.exec(text)?.[1];
  for (const p of [...scriptedPages(html, page), ...pagesUpTo(last, total ? Number(total) : null, page, [...pages])]) pages.add(p);
  pages.delete(page.href);
  // A column given as its folder (/xxgk/ndbg/) is its index page: not a page of its own.
  for (const p of [...pages])
    if (page.href.endsWith('/') && p.startsWith(page.href) && /^index\.s?html?$/.test(p.slice(page.href.length))) pages.delete(p);
  return {
    title,
    reportLinks: [...reportLinks.values()],
    attachments: [...attachments.values()],
    pages: [...pages],
    endpoints: scripted.endpoints.filter((e) => e !== page.href && !pages.has(e)),
    unreadLists: scripted.unread,
    scripts: ownScripts($, base, page),
    publishedOn: publicationDate($),
    frames: [...frames],
    textLength: text.length,
    hasReportTables: $('table').length > 0 && /主动公开/.test(text) && /(政府信息公开申请|依申请公开)/.test(text),
    base,
  };
}

/**
 * A list endpoint's answer (JSON records, HTML strings in data, a JCMS <datastore>) read as a page
 * of its column: its report links and its other pages. Its links are written into the column's page
 * (`page`), so relative ones are relative to that page, not to the endpoint.
 */
export function readListData(answer: ListAnswer, url: string, page = url): PageContents {
  const contents = readPage(`<html><head><base href="${escapeAttribute(page)}"></head><body>${answer.html.join('\n')}</body></html>`, url);
  const links = new Map(contents.reportLinks.map((l) => [l.url, l]));
  for (const l of recordLinks(answer.records, page)) if (!links.has(l.url)) links.set(l.url, l);
  return {
    ...contents,
    reportLinks: [...links.values()],
    // Its next pages only while it lists reports: an endpoint of another list on the page (news in a
    // side bar) costs one request, not hundreds.
    pages: links.size ? [...new Set([...contents.pages, ...answer.pages])] : contents.pages,
    unreadLists: answer.unread ? [answer.unread] : [],
  };
}

/** The year a title names (2020年…), if any. */
export function yearOf(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

/** An article's text shorter than this is a shell: the report is in its frame or attachments. */
const SHELL_TEXT = 300;
/** An application's shell's own scripts read at most. */
const MAX_SHELL_SCRIPTS = 3;
/** A page whose text is shorter than this is a list of reports, not a report (the national format runs to thousands of characters). */
const LIST_TEXT = 1500;

export interface ArticleRole {
  kind: 'article';
  /** The documents that are the report (readable types), best first. */
  attachments: Attachment[];
  /** Report attachments the reader cannot read (.xls, .zip, .ofd…): named, never fetched. */
  unread: Attachment[];
  /** Framed pages to read instead of this empty shell. */
  frames: string[];
  /** The page's own text is (also) the report: nothing else holds it, or its tables are on the page. */
  readSelf: boolean;
}

export type PageRole =
  | {
      kind: 'column';
      reportLinks: Link[];
      /** Its other pages: pager, other years' columns, and the list endpoints its scripts ask. */
      pages: string[];
      /** Lists its scripts load that cannot be followed, with why. */
      unread: string[];
    }
  | ArticleRole;

const TYPE_RANK: Record<AttachmentType, number> = {
  docx: 0,
  doc: 1,
  wps: 2,
  pdf: 3,
  xlsx: 4,
  xls: 4,
  et: 4,
  ofd: 5,
  zip: 6,
  rar: 6,
  '7z': 6,
};

/**
 * Which of an article's attachments are the report: not look-alikes (解读, 申请表…); when some are
 * titled as reports, those only; readable ones first (Word before PDF: its tables are text).
 */
export function reportAttachments(attachments: Attachment[]): { readable: Attachment[]; unread: Attachment[] } {
  const candidates = attachments.filter((a) => !LOOK_ALIKE.test(a.title.replace(/\s+/g, '')));
  const titled = candidates.filter((a) => isReportTitle(a.title));
  const chosen = [...(titled.length ? titled : candidates)].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type]);
  const readable = chosen.filter((a) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(a.type));
  return { readable, unread: chosen.filter((a) => !readable.includes(a)) };
}

/**
 * What a page is to collection: what it was found as (a column's page, a report link), or for an
 * address given to collect: a column when it links reports or
 * other pages and is not itself one year's report (a column is named like a report, without a
 * year); else an article, whose attachments (if any) are the report, not its own text — unless its
 * own text holds the report's tables too (the page and the file are then two sources of one report).
 */
export function pageRole(contents: PageContents, ownUrls: string[], known: PageRole['kind'] | null): PageRole {
  const own = new Set(ownUrls);
  const reportLinks = contents.reportLinks.filter((l) => !own.has(l.url));
  const ownReport = isReportTitle(contents.title) && yearOf(contents.title) !== null;
  const { readable, unread } = reportAttachments(contents.attachments.filter((l) => !own.has(l.url)));
  // A page named as one year's report that only lists several reports (各部门、各区县 of that year) is a list.
  const listing =
    known !== 'column' &&
    reportLinks.length >= 2 &&
    !readable.length &&
    !contents.frames.length &&
    !contents.hasReportTables &&
    contents.textLength < LIST_TEXT;
  // An empty page that only loads its own scripts (an application's shell): they may write its list.
  const shellScripts =
    known !== 'article' &&
    !reportLinks.length &&
    !contents.pages.length &&
    !contents.endpoints.length &&
    !readable.length &&
    !unread.length &&
    !contents.frames.length &&
    !contents.hasReportTables &&
    contents.textLength < SHELL_TEXT
      ? contents.scripts.slice(0, MAX_SHELL_SCRIPTS)
      : [];
  // A list its scripts load (read or not) makes a page a column too, unless the page holds a report itself.
  const scripted = !contents.hasReportTables && contents.endpoints.length + contents.unreadLists.length + shellScripts.length > 0;
  const column = listing || (known ? known === 'column' : (contents.pages.length > 0 || reportLinks.length > 0 || scripted) && !ownReport);
  if (column)
    return {
      kind: 'column',
      reportLinks,
      pages: [...contents.pages, ...contents.endpoints, ...shellScripts],
      unread: contents.unreadLists,
    };
  const shell = !readable.length && contents.textLength < SHELL_TEXT;
  const frames = shell ? contents.frames.filter((f) => !own.has(f)) : [];
  return {
    kind: 'article',
    attachments: readable,
    unread,
    frames,
    // An empty shell whose report is only in a form not read is not read either (the reason says why).
    readSelf: contents.hasReportTables || (!readable.length && !frames.length && (!unread.length || !shell)),
  };
}
