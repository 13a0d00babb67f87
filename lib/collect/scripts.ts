// Lists a page's scripts write, read without running them: each inline script is parsed (acorn) and
// only literal values are worked out — strings, numbers, arrays, objects, `+` of those, and the
// variables holding them. From them: the HTML the page writes (document.write, 大汉 JCMS jpage's
// dataStore of <li>…), records held as data (var data = [...], <script type="application/json">),
// and the list endpoints the scripts ask ($.ajax, $.get, $.getJSON, $.post, fetch, axios,
// XMLHttpRequest's open, $(…).load, jpage's dataproxy.jsp) as GET addresses on the page's own host
// with their first page's parameters. What cannot be followed is named with a reason. Pure.
import { parse, type AnyNode, type CallExpression, type Expression, type Options } from 'acorn';
import { readIsoDate } from '../parser/meta/dates';

/** A record of a list held as data: its title, its address (as written), its date when given. */
export interface ListRecord {
  title: string;
  link: string;
  date: string | null;
}

export interface ScriptFindings {
  /** HTML the scripts write or hold (document.write's strings, arrays of <li>…, HTML in data). */
  html: string[];
  /** Records held as data (title, link, date), links as written. */
  records: ListRecord[];
  /** List endpoints asked by the scripts, on the page's host, absolute, as GET with their parameters. */
  endpoints: string[];
  /** Lists the scripts load that cannot be followed, each with why. */
  unread: string[];
}

/** A value not known without running the script. */
const UNKNOWN = undefined;
type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN;

type Vars = Map<string, Expression>;

/** Parameters naming a list's page; unknown at parse time (a function's argument), the first page is 1. */
export const PAGE_PARAM = /^(page|pageNo|pageNum|pageIndex|pageindex|currentPage|curPage|cur_page|page_no|pageNumber|current|p|pn)$/i;
/** Names only ever a page number, where a script's argument holds one. */
const PAGE_NAME = /^(page|pageNo|pageNum|pageIndex|currentPage|curPage|cur_page|page_no|pageNumber)$/i;
/** Cache busters and other run-time values a request does without. */
const SKIPPABLE_PARAM = /^(_|t|ts|time|timestamp|rnd|random|r|v|callback|jsoncallback|pageSize|page_size|size|rows|limit|perPage)$/i;
/** Addresses of lists (paths or parameter names), as opposed to counters, searches, sign-ins… */
const LIST_HINT = /list|page|column|colum|channel|chnl|catalog|cata|lanmu|ndbg|nianbao|article|doc|info|news|content|\.json$|dataproxy/i;
const NOT_LIST = /visit|count|click|hits?\b|stat|log(in|out)?\b|weather|captcha|token|vote|comment|share|user|search|\.js$|\.css$/i;

/** Inline scripts longer than this are libraries pasted in, not a list's few lines: not parsed. */
const MAX_SCRIPT_CHARS = 256 * 1024;

/** Parses a script; a line a template engine left unfilled (<%=…%>, ${…} outside strings…) is blanked and the rest parsed. */
function parseScript(code: string): AnyNode | null {
  const options: Options = { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true };
  let source = code;
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      return parse(source, options) as AnyNode;
    } catch (error) {
      const pos = (error as { pos?: number }).pos;
      if (typeof pos !== 'number') return null;
      const start = source.lastIndexOf('\n', pos - 1) + 1;
      const end = source.indexOf('\n', pos);
      const stop = end < 0 ? source.length : end;
      source = source.slice(0, start) + ' '.repeat(stop - start) + source.slice(stop);
    }
  }
  return null;
}

function walk(node: AnyNode, visit: (n: AnyNode) => void, depth = 0): void {
  if (depth > 400) return;
  visit(node);
  const fields = node as unknown as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (key === 'loc' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof (v as AnyNode).type === 'string') walk(v as AnyNode, visit, depth + 1);
    } else if (typeof (value as AnyNode).type === 'string') walk(value as AnyNode, visit, depth + 1);
  }
}

/** Name a member chain ends with: $.ajax → ajax; window.data → data. */
function propertyName(node: AnyNode): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.type === 'MemberExpression' && node.property.type === 'Literal') return String(node.property.value);
  return null;
}

/**
 * One pass over a script: the variables holding values (`var x = …`, `x = …`, `window.x = …`; the
 * first assignment of each name) and its calls.
 */
function survey(program: AnyNode, vars: Vars, calls: CallExpression[]): void {
  walk(program, (n) => {
    if (n.type === 'CallExpression') calls.push(n);
    else if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && !vars.has(n.id.name)) vars.set(n.id.name, n.init);
    else if (n.type === 'AssignmentExpression' && n.operator === '=') {
      const target = n.left.type === 'Identifier' ? n.left.name : n.left.type === 'MemberExpression' ? propertyName(n.left) : null;
      const global =
        n.left.type === 'Identifier' || (n.left.type === 'MemberExpression' && /^(window|self)$/.test(propertyName(n.left.object) ?? ''));
      if (target && global && !vars.has(target)) vars.set(target, n.right);
    }
  });
}

/** The value of an expression when it is made of literals and variables holding literals; UNKNOWN otherwise. */
function evaluate(node: AnyNode | null | undefined, vars: Vars, depth = 0): Value {
  if (!node || depth > 12) return UNKNOWN;
  const next = (n: AnyNode | null | undefined) => evaluate(n, vars, depth + 1);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'bigint' || node.value instanceof RegExp ? UNKNOWN : (node.value as Value);
    case 'TemplateLiteral': {
      let s = node.quasis[0]?.value.cooked ?? '';
      for (let i = 0; i < node.expressions.length; i++) {
        const v = next(node.expressions[i]);
        if (v === UNKNOWN || typeof v === 'object') return UNKNOWN;
        s += String(v) + (node.quasis[i + 1]?.value.cooked ?? '');
      }
      return s;
    }
    case 'BinaryExpression': {
      if (node.left.type === 'PrivateIdentifier') return UNKNOWN;
      const [l, r] = [next(node.left), next(node.right)];
      if (l === UNKNOWN || r === UNKNOWN || (typeof l === 'object' && l !== null) || (typeof r === 'object' && r !== null)) return UNKNOWN;
      if (node.operator === '+') return typeof l === 'string' || typeof r === 'string' ? `${l}${r}` : Number(l) + Number(r);
      if (typeof l === 'number' && typeof r === 'number' && /^[-*/]$/.test(node.operator))
        return node.operator === '-' ? l - r : node.operator === '*' ? l * r : l / r;
      return UNKNOWN;
    }
    case 'UnaryExpression': {
      const v = next(node.argument);
      return node.operator === '-' && typeof v === 'number' ? -v : UNKNOWN;
    }
    case 'ArrayExpression':
      return node.elements.map((e) => (e && e.type !== 'SpreadElement' ? next(e) : UNKNOWN));
    case 'ObjectExpression': {
      const out: Record<string, Value> = {};
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') continue;
        const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : null;
        if (key !== null) out[key] = next(p.value);
      }
      return out;
    }
    case 'Identifier': {
      // A page number given as a function's argument ('/api/list?pageNo=' + pageNo): its first page.
      const init = vars.get(node.name);
      return init ? next(init) : PAGE_NAME.test(node.name) ? 1 : UNKNOWN;
    }
    case 'MemberExpression': {
      const object = next(node.object);
      const key = node.computed ? next(node.property) : propertyName(node);
      if (object === UNKNOWN || object === null || typeof object !== 'object' || key === UNKNOWN || key === null) return UNKNOWN;
      return (object as Record<string, Value>)[String(key)] ?? UNKNOWN;
    }
    case 'CallExpression': {
      // JSON.parse('…') holds data as a string; encodeURIComponent(…) of a known value is known.
      const name = propertyName(node.callee);
      const arg = next(node.arguments[0]);
      if (typeof arg !== 'string') return UNKNOWN;
      if (name === 'parse' && propertyName((node.callee as { object?: AnyNode }).object ?? node.callee) === 'JSON')
        try {
          return JSON.parse(arg) as Value;
        } catch {
          return UNKNOWN;
        }
      if (name === 'encodeURIComponent' || name === 'encodeURI') return encodeURIComponent(arg);
      return UNKNOWN;
    }
    case 'SequenceExpression':
      return next(node.expressions.at(-1));
    default:
      return UNKNOWN;
  }
}

const TITLE_KEY = /^(title|name|subject|.*title|bt|wjbt|mc)$/i;
const LINK_KEY = /^(url|href|link|path|.*url|.*link|.*href)$/i;
const NOT_LINK_KEY = /pic|img|image|icon|thumb|cover|logo|video|audio|css|js$/i;
const DATE_KEY = /date|time|rq|day|pub/i;

const isObject = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record of a list: a title (tags stripped) and an address among its fields, and a date when one reads as one. */
function recordOf(o: Record<string, Value>): ListRecord | null {
  const strings = Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
  // A key saying "title" before a mere "name" (a column's name beside the document's title).
  const title = [...strings.filter(([k]) => /title/i.test(k)), ...strings.filter(([k]) => TITLE_KEY.test(k))][0]?.[1];
  const link = strings.find(([k, v]) => LINK_KEY.test(k) && !NOT_LINK_KEY.test(k) && !/^(javascript|#)/i.test(v.trim()))?.[1];
  if (!title || !link) return null;
  const date = strings.filter(([k]) => DATE_KEY.test(k)).map(([, v]) => readIsoDate(v))[0] ?? null;
  return {
    title: title
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    link: link.trim(),
    date,
  };
}

/** What a data value holds: records (arrays of objects with a title and an address), HTML strings, and how many records lack an address. */
export function dataContents(value: unknown): { records: ListRecord[]; html: string[]; unlinked: number } {
  const out = { records: [] as ListRecord[], html: [] as string[], unlinked: 0 };
  let budget = 20_000;
  const visit = (v: Value, depth: number) => {
    if (--budget < 0 || depth > 8) return;
    if (typeof v === 'string') {
      if (/<a\s[^>]*href/i.test(v)) out.html.push(v);
    } else if (Array.isArray(v)) {
      for (const e of v) {
        const record = isObject(e) ? recordOf(e) : null;
        if (record) out.records.push(record);
        else if (isObject(e) && Object.entries(e).some(([k, s]) => /title/i.test(k) && typeof s === 'string')) out.unlinked++;
        visit(e, depth + 1);
      }
    } else if (isObject(v)) for (const e of Object.values(v)) visit(e, depth + 1);
  };
  visit(value as Value, 0);
  return out;
}

/** A request a script makes: its address and parameters, as written (its method does not matter: it is asked with GET). */
interface Request {
  url: Value;
  data: Value;
  node: CallExpression;
}

function argumentsOf(call: CallExpression, vars: Vars): Value[] {
  return call.arguments.map((a) => (a.type === 'SpreadElement' ? UNKNOWN : evaluate(a, vars)));
}

/** $.ajax({url, type, data}), $.get/getJSON/post(url, data), $(…).load(url, data), fetch(url, {method}), axios(…), xhr.open(method, url). */
function requestOf(call: CallExpression, vars: Vars): Request | null {
  const name = propertyName(call.callee);
  const args = argumentsOf(call, vars);
  const [a0, a1] = [args[0] ?? UNKNOWN, args[1] ?? UNKNOWN];
  const field = (v: Value, k: string) => (isObject(v) ? (v[k] ?? UNKNOWN) : UNKNOWN);
  const isMember = call.callee.type === 'MemberExpression';
  const options = isObject(a0) ? a0 : isObject(a1) ? a1 : {};
  const from = (url: Value, o: Record<string, Value>) => ({
    url,
    data: field(o, 'params') !== UNKNOWN ? field(o, 'params') : field(o, 'data'),
    node: call,
  });
  if (name === 'ajax' && isMember) return from(isObject(a0) ? field(a0, 'url') : a0, options);
  if (name === 'axios' || (name === 'request' && isMember && propertyName((call.callee as { object: AnyNode }).object) === 'axios'))
    return from(field(a0, 'url'), options);
  if ((name === 'get' || name === 'getJSON' || name === 'post' || name === 'load') && isMember) {
    // A page's own .get(0) or Map.get('key') is not a request: the address must look like one.
    if (typeof a0 === 'string' && !/[/.?]/.test(a0)) return null;
    const config = isObject(a1) && ('params' in a1 || 'data' in a1) ? a1 : { data: a1 };
    return from(a0, config);
  }
  if (name === 'fetch' && call.callee.type === 'Identifier') return { url: a0, data: UNKNOWN, node: call };
  if (name === 'open' && isMember && typeof a0 === 'string' && /^(get|post)$/i.test(a0)) return { url: a1, data: UNKNOWN, node: call };
  return null;
}

function snippet(code: string, node: AnyNode): string {
  return code.slice(node.start, node.end).replace(/\s+/g, ' ').slice(0, 100);
}

type Outcome = { url: string } | { unread: string } | null;

/** A request as a GET address on the page's host, with its parameters; null when it is not a list's (a counter, a sign-in…). */
function endpointOf(r: Request, code: string, page: URL): Outcome {
  const what = snippet(code, r.node);
  // An address built at run time is a list's when the call names one ('/api/list?page=' + p), not an
  // element's lookup ($('#list').get(i)).
  if (typeof r.url !== 'string')
    return /list|page|ndbg|column|channel/i.test(what) && /(["'`])[^"'`]*[/?][^"'`]*\1/.test(what)
      ? { unread: `a list address built at run time (${what})` }
      : null;
  let url: URL;
  try {
    url = new URL(r.url, page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params: [string, string][] = [];
  const unknown: string[] = [];
  if (typeof r.data === 'string') params.push(...new URLSearchParams(r.data));
  else if (isObject(r.data))
    for (const [k, v] of Object.entries(r.data)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') params.push([k, String(v)]);
      else if (PAGE_PARAM.test(k)) params.push([k, '1']);
      else if (!SKIPPABLE_PARAM.test(k)) unknown.push(k);
    }
  const names = [url.pathname, ...url.searchParams.keys(), ...params.map(([k]) => k)].join(' ');
  if (NOT_LIST.test(url.pathname) || !LIST_HINT.test(names)) return null;
  if (url.host !== page.host) return { unread: `a list asked from another host, ${url.host} (${what})` };
  if (unknown.length) return { unread: `a list asked with parameters worked out at run time: ${unknown.join(', ')} (${what})` };
  for (const [k, v] of params) url.searchParams.set(k, v);
  url.hash = '';
  return { url: url.href };
}

/** Records of one request to jpage's dataproxy.jsp (records from, records to, records a page). */
const JPAGE_GROUP_LIMIT = 500;
const JPAGE_PROXY = '/module/web/jpage/dataproxy.jsp';

/**
 * 大汉 JCMS's pager: $('#id').jpage({totalRecord, perPage, groupSize, proxyUrl, ajaxParam, dataStore}).
 * The page holds the first group of records (perPage × groupSize) in dataStore or a <datastore>; the
 * others are asked from dataproxy.jsp?startrecord=…&endrecord=…&perpage=… with the column's
 * parameters (ajaxParam, else those of the <nextgroup> link). The site's script POSTs them; servlets
 * read a GET's query the same.
 */
function jpageEndpoints(config: Record<string, Value>, nextGroup: string | null, page: URL): Outcome[] {
  const total = Number(config.totalRecord);
  if (!Number.isFinite(total) || total <= 0) return [{ unread: 'a 大汉 jpage list whose record count is worked out at run time' }];
  const perPage = Number(config.perPage) > 0 ? Number(config.perPage) : 15;
  const group = perPage * (Number(config.groupSize) >= 1 ? Number(config.groupSize) : 3);
  const link = nextGroup ? new URL(nextGroup, page) : null;
  const proxy = new URL(typeof config.proxyUrl === 'string' ? config.proxyUrl : (link?.pathname ?? JPAGE_PROXY), page);
  if (proxy.host !== page.host) return [{ unread: `a 大汉 jpage list asked from another host, ${proxy.host}` }];
  const params = new URLSearchParams();
  const ajax = config.ajaxParam;
  if (isObject(ajax)) for (const [k, v] of Object.entries(ajax)) if (v !== UNKNOWN && typeof v !== 'object') params.set(k, String(v));
  if (typeof ajax === 'string') for (const [k, v] of new URLSearchParams(ajax)) params.set(k, v);
  if (!isObject(ajax) && typeof ajax !== 'string' && link) for (const [k, v] of link.searchParams) if (k !== 'page') params.set(k, v);
  const out: Outcome[] = [];
  for (let start = group + 1, n = 0; start <= total && n < JPAGE_GROUP_LIMIT; start += group, n++) {
    const url = new URL(proxy.pathname, proxy);
    url.search = `startrecord=${start}&endrecord=${Math.min(start + group - 1, total)}&perpage=${perPage}`;
    for (const [k, v] of params) url.searchParams.set(k, v);
    out.push({ url: url.href });
  }
  return out;
}

/** The <nextgroup> link of a JCMS <datastore> held in the page (its column's parameters). */
function nextGroupLink(html: string): string | null {
  // The link's own quotes: its parameters hold the other kind (path='/').
  return /<nextgroup>\s*<!\[CDATA\[\s*<a[^>]*href\s*=\s*(["'])(.*?)\1/i.exec(html)?.[2] ?? null;
}

/** What a page's scripts write, hold and ask. `scripts`: inline scripts' code and type attribute; `html`: the whole page. */
export function readScripts(scripts: { code: string; type: string }[], html: string, pageUrl: string): ScriptFindings {
  const page = new URL(pageUrl);
  const findings: ScriptFindings = { html: [], records: [], endpoints: [], unread: [] };
  const vars: Vars = new Map();
  let unlinked = 0;
  const take = (value: unknown) => {
    const c = dataContents(value);
    findings.records.push(...c.records);
    findings.html.push(...c.html);
    unlinked += c.unlinked;
  };
  const calls: { code: string; calls: CallExpression[] }[] = [];
  for (const s of scripts) {
    if (/json/i.test(s.type)) {
      try {
        take(JSON.parse(s.code));
      } catch {
        // Not data after all: nothing read from it.
      }
      continue;
    }
    if ((s.type && !/javascript|ecmascript|^text\/js$/i.test(s.type)) || s.code.length > MAX_SCRIPT_CHARS) continue;
    const program = parseScript(s.code);
    if (program) {
      calls.push({ code: s.code, calls: [] });
      survey(program, vars, calls.at(-1)!.calls);
    }
  }
  for (const init of vars.values())
    if (init.type === 'ArrayExpression' || init.type === 'ObjectExpression' || init.type === 'CallExpression') take(evaluate(init, vars));
  const outcomes: Outcome[] = [];
  for (const { code, calls: found } of calls)
    for (const n of found) {
      const name = propertyName(n.callee);
      if (
        (name === 'write' || name === 'writeln') &&
        n.callee.type === 'MemberExpression' &&
        propertyName(n.callee.object) === 'document'
      ) {
        const written = argumentsOf(n, vars);
        for (const w of written) if (typeof w === 'string') findings.html.push(w);
        if (written.some((w) => w === UNKNOWN) && /<a\b|href/i.test(snippet(code, n)))
          outcomes.push({ unread: `links written by document.write from values worked out at run time (${snippet(code, n)})` });
        continue;
      }
      if (name === 'jpage') {
        const config = evaluate(n.arguments[0], vars);
        if (isObject(config)) {
          take(config.dataStore);
          outcomes.push(...jpageEndpoints(config, nextGroupLink(html), page));
        }
        continue;
      }
      const request = requestOf(n, vars);
      if (request) outcomes.push(endpointOf(request, code, page));
    }
  findings.html = [...new Set(findings.html)];
  for (const o of outcomes) {
    if (o && 'url' in o && !findings.endpoints.includes(o.url)) findings.endpoints.push(o.url);
    if (o && 'unread' in o && !findings.unread.includes(o.unread)) findings.unread.push(o.unread);
  }
  if (unlinked && !findings.records.length)
    findings.unread.push(`${unlinked} records held as data without an address (the page builds it by script)`);
  return findings;
}

/** Numbers a list's answer gives about its pages, wherever they are: total pages, total records, records a page. */
function pagingNumbers(value: unknown): { pages: number | null; total: number | null; size: number | null } {
  const found = { pages: null as number | null, total: null as number | null, size: null as number | null };
  const visit = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || depth > 3) return;
    for (const [k, raw] of Object.entries(v)) {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : null;
      if (n === null) visit(raw, depth + 1);
      else if (/^(totalPages?|pageCount|pages|pageTotal|totalPageNum|total_page|totalpage|pagecount)$/i.test(k)) found.pages ??= n;
      else if (/^(total|totalCount|totalRecords?|recordCount|totalNum|totalElements|totalSize|total_count|count|totalrecord)$/i.test(k))
        found.total ??= n;
      else if (/^(pageSize|size|perPage|limit|rows|page_size|pagesize)$/i.test(k)) found.size ??= n;
    }
  };
  visit(value, 0);
  return found;
}

/** Pages of a list asked at most (as a column's). */
const MAX_LIST_PAGES = 500;

export interface ListAnswer {
  records: ListRecord[];
  html: string[];
  /** The list's other pages (same address, its page parameter moved on). */
  pages: string[];
  /** Why nothing could be read from it, when nothing could. */
  unread: string | null;
}

/**
 * A list endpoint's answer that is data, not a page: JSON (or JSONP), or JCMS's <datastore> of
 * CDATA records. Null when the text is neither. Its other pages follow from its page parameter and
 * the totals the answer gives.
 */
export function readListAnswer(text: string, url: string): ListAnswer | null {
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  // (An XHTML page opens with <?xml too, and a JCMS page holds <record>s in its script: it is a page.)
  if (
    /^(<\?xml[^>]*>\s*)?<datastore\b/i.test(trimmed) ||
    (/^<\?xml/i.test(trimmed) && /<record>/i.test(trimmed) && !/<html[\s>]/i.test(trimmed))
  ) {
    const html = [...trimmed.matchAll(/<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/record>/gi)].map((m) => m[1]!);
    return { records: [], html, pages: [], unread: html.length ? null : 'a 大汉 datastore answer without records' };
  }
  const json = /^[[{]/.test(trimmed) ? trimmed : /^[\w$.]+\s*\(([\s\S]*)\)\s*;?$/.exec(trimmed)?.[1];
  if (json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return /^[[{]/.test(trimmed) ? { records: [], html: [], pages: [], unread: 'an answer that is not valid JSON' } : null;
  }
  const c = dataContents(value);
  const pages: string[] = [];
  const address = new URL(url);
  const param = [...address.searchParams.entries()].find(([k, v]) => PAGE_PARAM.test(k) && /^\d+$/.test(v));
  const { pages: count, total, size } = pagingNumbers(value);
  const perPage = size ?? (c.records.length || null);
  const last = count ?? (total !== null && perPage ? Math.ceil(total / perPage) : null);
  if (param && last !== null)
    for (let n = Number(param[1]) + 1; n <= Math.min(last, MAX_LIST_PAGES); n++) {
      const next = new URL(address);
      next.searchParams.set(param[0], String(n));
      pages.push(next.href);
    }
  const empty = !c.records.length && !c.html.length;
  const keys = Array.isArray(value)
    ? 'an array'
    : isObject(value as Value)
      ? Object.keys(value as object)
          .slice(0, 8)
          .join(', ')
      : typeof value;
  const unread = !empty
    ? null
    : c.unlinked
      ? `${c.unlinked} records without an address (the page builds it by script)`
      : total === 0 || count === 0 || (Array.isArray(value) && !value.length)
        ? null
        : `JSON without records of a title and an address (${keys})`;
  return { records: c.records, html: c.html, pages, unread };
}
