// Reads the /compare URL into a CompareView. Total: any input gives a view; every value that
// could not be used becomes a notice (shown on the page) and the default takes its place.

import { isFigureKey } from '@/lib/figures/keys';
import { compositionDef } from '@/lib/figures/compositions';
import { rateDef } from '@/lib/figures/rates';
import { isLang, type Lang } from '@/lib/i18n/lang';
import {
  CHART_KINDS,
  DEFAULT_VIEW,
  LEVELS,
  MAX_JURISDICTIONS,
  MAX_PARAM_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  type ChartKind,
  type CompareParams,
  type CompareView,
  type Level,
  type Measure,
  type YearRange,
} from './compare-params';
import { invalid, missing, valid, type InvalidReason, type ParamResult } from './param-result';

/** A parameter value that was not used, and why. */
export interface ParamNotice {
  param: keyof CompareParams;
  raw: string;
  reason: InvalidReason;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(values: readonly T[], reason: InvalidReason) {
  return (raw: string | undefined): ParamResult<T> => {
    if (raw === undefined || raw === '') return missing();
    return (values as readonly string[]).includes(raw) ? valid(raw as T) : invalid(raw, reason);
  };
}

export const parseChart = oneOf<ChartKind>(CHART_KINDS, 'unknown-chart');
export const parseLevel = oneOf<Level>(LEVELS, 'bad-level');

export function parseLangParam(raw: string | undefined): ParamResult<Lang> {
  if (raw === undefined || raw === '') return missing();
  return isLang(raw) ? valid(raw) : invalid(raw, 'bad-lang');
}

export function parsePer(raw: string | undefined): ParamResult<boolean> {
  if (raw === undefined || raw === '') return missing();
  return raw === '10k' ? valid(true) : invalid(raw, 'bad-per');
}

function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export function parseYears(raw: string | undefined): ParamResult<YearRange> {
  if (raw === undefined || raw === '') return missing();
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return invalid(raw, 'bad-year');
  const from = parseYear(m[1]!);
  const to = m[2] === undefined ? from : parseYear(m[2]);
  if (from === null || to === null || to < from) return invalid(raw, 'bad-year');
  return valid({ from, to });
}

export function parseMeasure(raw: string | undefined): ParamResult<Measure> {
  if (raw === undefined || raw === '') return missing();
  if (isFigureKey(raw)) return valid({ kind: 'figure', key: raw });
  if (rateDef(raw)) return valid({ kind: 'rate', id: raw });
  return invalid(raw, 'unknown-measure');
}

export function parseComposition(raw: string | undefined): ParamResult<string> {
  if (raw === undefined || raw === '') return missing();
  return compositionDef(raw) ? valid(raw) : invalid(raw, 'unknown-composition');
}

export function parseProvince(raw: string | undefined): ParamResult<string> {
  if (raw === undefined) return missing();
  const value = raw.trim();
  if (value === '') return missing();
  return value.length > 40 ? invalid(raw, 'too-long') : valid(value);
}

/** Slugs: well-formed ones are kept (in order, once); each malformed one is a notice. */
export function parseSlugs(raw: string | undefined): { slugs: string[]; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const slugs: string[] = [];
  if (raw === undefined) return { slugs, notices };
  for (const part of raw.split(',')) {
    const slug = part.trim().toLowerCase();
    if (slug === '') continue;
    if (!SLUG.test(slug) || slug.length > 80) notices.push({ param: 'j', raw: part, reason: 'bad-slug' });
    else if (!slugs.includes(slug)) slugs.push(slug);
  }
  if (slugs.length > MAX_JURISDICTIONS) {
    notices.push({ param: 'j', raw: slugs.slice(MAX_JURISDICTIONS).join(','), reason: 'too-many' });
    slugs.length = MAX_JURISDICTIONS;
  }
  return { slugs, notices };
}

/** First value of each known parameter, from Next's searchParams or URLSearchParams. */
export function pickCompareParams(input: URLSearchParams | Record<string, string | string[] | undefined>): CompareParams {
  const get = (name: string): string | undefined => {
    const value = input instanceof URLSearchParams ? (input.get(name) ?? undefined) : input[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    j: get('j'),
    province: get('province'),
    level: get('level'),
    y: get('y'),
    m: get('m'),
    c: get('c'),
    chart: get('chart'),
    per: get('per'),
    lang: get('lang'),
  };
}

export function parseCompareParams(params: CompareParams): { view: CompareView; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  function take<T>(param: keyof CompareParams, result: ParamResult<T>, fallback: T): T {
    if (result.kind === 'valid') return result.value;
    if (result.kind === 'invalid') notices.push({ param, raw: result.raw.slice(0, 120), reason: result.reason });
    return fallback;
  }
  function bounded(param: keyof CompareParams): string | undefined {
    const raw = params[param];
    if (raw !== undefined && raw.length > MAX_PARAM_LENGTH) {
      notices.push({ param, raw: raw.slice(0, 120), reason: 'too-long' });
      return undefined;
    }
    return raw;
  }
  const slugs = parseSlugs(bounded('j'));
  notices.push(...slugs.notices);
  const province = take('province', parseProvince(bounded('province')), null);
  const view: CompareView = {
    jurisdictions: slugs.slugs,
    province,
    level: province === null ? null : take('level', parseLevel(bounded('level')), null),
    years: take('y', parseYears(bounded('y')), null),
    measure: take('m', parseMeasure(bounded('m')), DEFAULT_VIEW.measure),
    composition: take('c', parseComposition(bounded('c')), DEFAULT_VIEW.composition),
    chart: take('chart', parseChart(bounded('chart')), DEFAULT_VIEW.chart),
    per10k: take('per', parsePer(bounded('per')), DEFAULT_VIEW.per10k),
    lang: take('lang', parseLangParam(bounded('lang')), DEFAULT_VIEW.lang),
  };
  return { view, notices };
}
