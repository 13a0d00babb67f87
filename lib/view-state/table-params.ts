// The /table view in the URL (strings only, like compare-params.ts); parsing is total and every
// unusable value becomes a notice, serialising writes only what differs from the defaults.
//
//   y        the year; absent: the latest year with reports
//   cols     columns: figure keys and rate ids, comma-separated (default: DEFAULT_COLUMNS)
//   sort     a column id, `name` (province, then name) or `checks`; default `name`
//   dir      asc | desc; default asc for `name`, desc otherwise
//   province, level (province | prefecture | county | district | zone), scope (aggregate | agency)
//   failed   1: only reports whose checks failed
//   page     1-based page number
//   lang     en; absent: Simplified Chinese

import type { Lang } from '@/lib/i18n/lang';
import { LEVELS, MAX_PARAM_LENGTH, type Level } from './compare-params';
import { parseLangParam, parseLevel, parseMeasure, parseProvince, parseYears } from './parse-compare-params';
import type { ParamResult } from './param-result';

export const TABLE_PARAM_NAMES = ['y', 'cols', 'sort', 'dir', 'province', 'level', 'scope', 'failed', 'page', 'lang'] as const;
export type TableParamName = (typeof TABLE_PARAM_NAMES)[number];
export type TableParams = Partial<Record<TableParamName, string>>;

export const SCOPES = ['aggregate', 'agency'] as const;
export type Scope = (typeof SCOPES)[number];
export type SortDir = 'asc' | 'desc';
/** Sorts that are not a column. */
export const FIXED_SORTS = ['name', 'checks'] as const;

export const DEFAULT_COLUMNS = [
  'applications.new.total',
  'applications.carriedOver.total',
  'results.granted.total',
  'results.partial.total',
  'results.denied.total',
  'results.unable.total',
  'results.total.total',
  'review.total',
  'litigation.total',
  'disclosure-rate',
] as const;
export const MAX_COLUMNS = 16;
export const PAGE_SIZE = 50;
export const MAX_PAGE = 100_000;

export interface TableView {
  /** null: the latest year with reports (decided by the data). */
  year: number | null;
  columns: string[];
  sort: string;
  dir: SortDir;
  province: string | null;
  level: Level | null;
  scope: Scope | null;
  failedOnly: boolean;
  page: number;
  lang: Lang;
}

export const DEFAULT_TABLE_VIEW: TableView = {
  year: null,
  columns: [...DEFAULT_COLUMNS],
  sort: 'name',
  dir: 'asc',
  province: null,
  level: null,
  scope: null,
  failedOnly: false,
  page: 1,
  lang: 'zh',
};

export type TableNoticeReason =
  | 'bad-year'
  | 'bad-level'
  | 'bad-lang'
  | 'too-long'
  | 'unknown-column'
  | 'too-many'
  | 'bad-sort'
  | 'bad-dir'
  | 'bad-scope'
  | 'bad-flag'
  | 'bad-page'
  | 'unknown-measure';

export interface TableNotice {
  param: TableParamName;
  raw: string;
  reason: TableNoticeReason;
}

/** The natural direction of a sort: names A→Z, numbers largest first. */
export function defaultDir(sort: string): SortDir {
  return sort === 'name' ? 'asc' : 'desc';
}

function isColumn(id: string): boolean {
  return parseMeasure(id).kind === 'valid';
}

function parseColumns(raw: string | undefined, notices: TableNotice[]): string[] {
  if (raw === undefined || raw.trim() === '') return [...DEFAULT_COLUMNS];
  const columns: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (id === '') continue;
    if (!isColumn(id)) notices.push({ param: 'cols', raw: id.slice(0, 120), reason: 'unknown-column' });
    else if (!columns.includes(id)) columns.push(id);
  }
  if (columns.length > MAX_COLUMNS) {
    notices.push({ param: 'cols', raw: columns.slice(MAX_COLUMNS).join(','), reason: 'too-many' });
    columns.length = MAX_COLUMNS;
  }
  return columns.length ? columns : [...DEFAULT_COLUMNS];
}

/** First value of each known parameter (all `cols` values joined), from Next's searchParams or URLSearchParams. */
export function pickTableParams(input: URLSearchParams | Record<string, string | string[] | undefined>): TableParams {
  const out: TableParams = {};
  for (const name of TABLE_PARAM_NAMES) {
    const value = input instanceof URLSearchParams ? input.getAll(name) : input[name];
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    // A form's column checkboxes send cols=a&cols=b; links send cols=a,b.
    const picked = name === 'cols' && list.length > 1 ? list.join(',') : list[0];
    if (picked !== undefined) out[name] = picked;
  }
  return out;
}

export function parseTableParams(params: TableParams): { view: TableView; notices: TableNotice[] } {
  const notices: TableNotice[] = [];
  const raw = (param: TableParamName): string | undefined => {
    const value = params[param];
    if (value !== undefined && value.length > MAX_PARAM_LENGTH) {
      notices.push({ param, raw: value.slice(0, 120), reason: 'too-long' });
      return undefined;
    }
    return value;
  };
  function take<T>(param: TableParamName, result: ParamResult<T>, fallback: T): T {
    if (result.kind === 'valid') return result.value;
    if (result.kind === 'invalid') notices.push({ param, raw: result.raw.slice(0, 120), reason: result.reason as TableNoticeReason });
    return fallback;
  }
  function oneOf<T extends string>(param: TableParamName, values: readonly T[], reason: TableNoticeReason): T | null {
    const value = raw(param);
    if (value === undefined || value === '') return null;
    if ((values as readonly string[]).includes(value)) return value as T;
    notices.push({ param, raw: value.slice(0, 120), reason });
    return null;
  }

  const yearRange = take('y', parseYears(raw('y')), null);
  if (yearRange && yearRange.from !== yearRange.to) notices.push({ param: 'y', raw: params.y!, reason: 'bad-year' });
  const columns = parseColumns(raw('cols'), notices);

  let sort = raw('sort') ?? '';
  if (sort !== '' && !(FIXED_SORTS as readonly string[]).includes(sort) && !columns.includes(sort)) {
    notices.push({ param: 'sort', raw: sort.slice(0, 120), reason: 'bad-sort' });
    sort = '';
  }
  sort ||= DEFAULT_TABLE_VIEW.sort;
  const dir = oneOf<SortDir>('dir', ['asc', 'desc'], 'bad-dir') ?? defaultDir(sort);

  const flag = raw('failed');
  if (flag !== undefined && flag !== '' && flag !== '1') notices.push({ param: 'failed', raw: flag.slice(0, 120), reason: 'bad-flag' });

  const pageRaw = raw('page');
  let page = 1;
  if (pageRaw !== undefined && pageRaw !== '') {
    if (/^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 && Number(pageRaw) <= MAX_PAGE) page = Number(pageRaw);
    else notices.push({ param: 'page', raw: pageRaw.slice(0, 120), reason: 'bad-page' });
  }

  const view: TableView = {
    year: yearRange && yearRange.from === yearRange.to ? yearRange.from : null,
    columns,
    sort,
    dir,
    province: take('province', parseProvince(raw('province')), null),
    level: take('level', parseLevel(raw('level')), null),
    scope: oneOf<Scope>('scope', SCOPES, 'bad-scope'),
    failedOnly: flag === '1',
    page,
    lang: take('lang', parseLangParam(raw('lang')), DEFAULT_TABLE_VIEW.lang),
  };
  return { view, notices };
}

export function serializeTableParams(view: TableView): TableParams {
  const out: TableParams = {};
  if (view.year !== null) out.y = String(view.year);
  if (view.columns.join(',') !== DEFAULT_COLUMNS.join(',')) out.cols = view.columns.join(',');
  if (view.sort !== DEFAULT_TABLE_VIEW.sort) out.sort = view.sort;
  if (view.dir !== defaultDir(view.sort)) out.dir = view.dir;
  if (view.province !== null) out.province = view.province;
  if (view.level !== null) out.level = view.level;
  if (view.scope !== null) out.scope = view.scope;
  if (view.failedOnly) out.failed = '1';
  if (view.page !== 1) out.page = String(view.page);
  if (view.lang !== DEFAULT_TABLE_VIEW.lang) out.lang = view.lang;
  return out;
}

/** `/table?…` (or another path with the same parameters, e.g. the export route). */
export function tableHref(view: TableView, path = '/table'): string {
  const query = new URLSearchParams(serializeTableParams(view) as Record<string, string>).toString().replace(/%2C/gi, ',');
  return query ? `${path}?${query}` : path;
}

export { LEVELS };

/**
 * The canonical address of a request whose query is not in canonical form (a submitted form sends
 * every field, empty ones too), else null. Never for an already canonical query, so no loops.
 */
export function canonicalTableRedirect(input: Record<string, string | string[] | undefined>, view: TableView): string | null {
  const given = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) for (const v of [value ?? []].flat()) given.append(name, v);
  const canonical = tableHref(view);
  const expected = new URLSearchParams(canonical.split('?')[1] ?? '');
  return given.toString() === expected.toString() ? null : canonical;
}
