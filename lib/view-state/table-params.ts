// The /table view in the URL (strings only, like compare-params.ts); parsing is total and every
// unusable value becomes a notice, serialising writes only what differs from the defaults.
//
//   y        the year; absent: the latest year with reports
//   cols     columns: figure keys and rate ids, comma-separated (default: DEFAULT_COLUMNS)
//   sort     a column id, `name` (province, then name) or `checks` (failed quality checks, then failed sums); default `name`
//   dir      asc | desc; default asc for `name`, desc otherwise
//   province, level (province | prefecture | county | district | zone), scope (aggregate | agency)
//   failed   1: only reports that failed a quality check (lib/quality; sum checks included)
//   check    a quality check id (tables, sums, continuity, onTime, narrative, sections): only reports failing it
//   page     1-based page number
//   lang     en; absent: Simplified Chinese
//   v        the data version a shared or cited link was made at (not part of the view)

import type { CheckId, ReportScope } from '@/lib/domain';
import type { Lang } from '@/lib/i18n/lang';
import { CHECK_IDS } from '@/lib/quality/types';
import {
  listOf,
  oneOf,
  paramNames,
  parseFlag,
  parseDataVersion,
  parseLang,
  parseLevel,
  parseMeasure,
  parseParams,
  parseProvince,
  parseYear,
  positiveInt,
  readParams,
  valid,
  invalid,
  valueOr,
  type Level,
  type ParamNotice,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';
import { queryString, withDataVersion } from './query-string';

export type TableParams = Params<
  'y' | 'cols' | 'sort' | 'dir' | 'province' | 'level' | 'scope' | 'failed' | 'check' | 'page' | 'lang' | 'v'
>;

export const SCOPES = ['aggregate', 'agency'] as const satisfies readonly ReportScope[];
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
  /** Only reports failing this quality check. */
  failedCheck: CheckId | null;
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
  failedCheck: null,
  page: 1,
  lang: 'zh',
};

export type TableNotice = ParamNotice<keyof TableParams & string>;

/** The natural direction of a sort: names A→Z, numbers largest first. */
export function defaultDir(sort: string): SortDir {
  return sort === 'name' ? 'asc' : 'desc';
}

const parseColumn = (id: string) => (parseMeasure(id).kind === 'valid' ? valid(id) : invalid<string>(id, 'unknown-column'));

export const TABLE_PARSERS = {
  y: parseYear,
  cols: listOf(parseColumn, MAX_COLUMNS),
  // Any string here: whether it names a sort depends on the columns (parseTableParams).
  sort: (raw: string | undefined) => (raw === undefined || raw === '' ? { kind: 'missing' as const } : valid(raw)),
  dir: oneOf<SortDir>(['asc', 'desc'], 'bad-dir'),
  province: parseProvince,
  level: parseLevel,
  scope: oneOf<Scope>(SCOPES, 'bad-scope'),
  failed: parseFlag,
  check: oneOf<CheckId>(CHECK_IDS, 'bad-check'),
  page: positiveInt(MAX_PAGE, 'bad-page'),
  lang: parseLang,
  v: parseDataVersion,
} satisfies ParamParsers<TableParams>;

export const TABLE_PARAM_NAMES = paramNames(TABLE_PARSERS);

/** The /table parameters of a request: the first value of each, all `cols` values joined. */
export function readTableParams(input: SearchInput): TableParams {
  return readParams(input, TABLE_PARAM_NAMES, ['cols']);
}

/** The view, the notices, and the data version the link was made at (null: none named). */
export function parseTableParams(params: TableParams): { view: TableView; notices: TableNotice[]; cited: number | null } {
  const { parsed, notices } = parseParams(params, TABLE_PARSERS);
  const chosen = valueOr(parsed.cols, []);
  const columns = chosen.length ? chosen : [...DEFAULT_COLUMNS];
  let sort = valueOr(parsed.sort, DEFAULT_TABLE_VIEW.sort);
  if (!(FIXED_SORTS as readonly string[]).includes(sort) && !columns.includes(sort)) {
    notices.push({ param: 'sort', raw: sort.slice(0, 120), reason: 'bad-sort' });
    sort = DEFAULT_TABLE_VIEW.sort;
  }
  const view: TableView = {
    year: valueOr(parsed.y, null),
    columns,
    sort,
    dir: valueOr(parsed.dir, defaultDir(sort)),
    province: valueOr(parsed.province, null),
    level: valueOr(parsed.level, null),
    scope: valueOr(parsed.scope, null),
    failedOnly: valueOr(parsed.failed, false),
    failedCheck: valueOr(parsed.check, null),
    page: valueOr(parsed.page, 1),
    lang: valueOr(parsed.lang, DEFAULT_TABLE_VIEW.lang),
  };
  return {
    view,
    cited: valueOr(parsed.v, null),
    notices: notices.sort((a, b) => TABLE_PARAM_NAMES.indexOf(a.param) - TABLE_PARAM_NAMES.indexOf(b.param)),
  };
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
  if (view.failedCheck !== null) out.check = view.failedCheck;
  if (view.page !== 1) out.page = String(view.page);
  if (view.lang !== DEFAULT_TABLE_VIEW.lang) out.lang = view.lang;
  return out;
}

/** `/table?…` (or another path with the same parameters, e.g. the export route). */
export function tableHref(view: TableView, path = '/table'): string {
  return `${path}${queryString(serializeTableParams(view))}`;
}

/**
 * The canonical address of a request whose query is not in canonical form (a submitted form sends
 * every field, empty ones too), else null. Never for an already canonical query, so no loops; never
 * for a query with unusable values, whose page explains them.
 */
export function canonicalTableRedirect(input: SearchInput): string | null {
  const { view, notices, cited } = parseTableParams(readTableParams(input));
  if (notices.length) return null;
  const given = new URLSearchParams();
  if (input instanceof URLSearchParams) for (const [name, value] of input) given.append(name, value);
  else for (const [name, value] of Object.entries(input)) for (const v of [value ?? []].flat()) given.append(name, v);
  // A cited data version stays in the address.
  const canonical = cited === null ? tableHref(view) : withDataVersion(tableHref(view), cited);
  const expected = new URLSearchParams(canonical.split('?')[1] ?? '');
  return given.toString() === expected.toString() ? null : canonical;
}
