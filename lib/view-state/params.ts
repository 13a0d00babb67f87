// The URL-state toolkit of every page, after owid-grapher's query-param parsers. A page declares its
// parameters as a type of optional strings and one parser per parameter; `satisfies
// ParamParsers<Params>` makes the compiler refuse a parameter without a parser (or a parser
// without a parameter). Parsing is total: each parser returns valid / invalid (raw, reason) /
// missing, never throws; `parseParams` turns the invalid ones (and the parts a list dropped) into
// notices the page shows, and the page falls back to its default for them.

import { isPlainText, printable } from '@/lib/domain/text';
import { compositionDef } from '@/lib/figures/compositions';
import { isFigureKey } from '@/lib/figures/keys';
import { rateDef } from '@/lib/figures/rates';
import { isLang, type Lang } from '@/lib/i18n/lang';

/** Why a parameter's value (or part of it) was not used; each has a message in lib/i18n. */
export type InvalidReason =
  | 'unknown-chart'
  | 'unknown-measure'
  | 'unknown-composition'
  | 'unknown-column'
  | 'bad-year'
  | 'bad-slug'
  | 'too-many'
  | 'bad-level'
  | 'bad-per'
  | 'bad-lang'
  | 'bad-sort'
  | 'bad-dir'
  | 'bad-scope'
  | 'bad-check'
  | 'bad-flag'
  | 'bad-page'
  | 'bad-version'
  | 'bad-id'
  | 'too-long'
  | 'bad-text';

/** A part of a value that was left out (a malformed slug of a list), and why. */
export interface DroppedPart {
  raw: string;
  reason: InvalidReason;
}

export type ParsedParam<T> =
  { kind: 'valid'; value: T; dropped?: DroppedPart[] } | { kind: 'invalid'; raw: string; reason: InvalidReason } | { kind: 'missing' };

export const valid = <T>(value: T, dropped: DroppedPart[] = []): ParsedParam<T> =>
  dropped.length ? { kind: 'valid', value, dropped } : { kind: 'valid', value };
export const invalid = <T>(raw: string, reason: InvalidReason): ParsedParam<T> => ({ kind: 'invalid', raw, reason });
export const missing = <T>(): ParsedParam<T> => ({ kind: 'missing' });

export type ParamParser<T> = (raw: string | undefined) => ParsedParam<T>;

/** The URL parameters of a page: optional strings, as they appear in the address. */
export type Params<Name extends string = string> = Partial<Record<Name, string>>;

/** One parser per parameter of P, no more, no fewer (the compile-time check). */
export type ParamParsers<P> = { [K in keyof P]-?: ParamParser<unknown> };

/** The value type each parser yields. */
type Parsed<S> = { [K in keyof S]: S[K] extends ParamParser<infer T> ? ParsedParam<T> : never };

/** A value that was not used, and why: shown on the page. */
export interface ParamNotice<Name extends string = string> {
  param: Name;
  raw: string;
  reason: InvalidReason;
}

/** Values longer than this are refused unread (a URL is not a place for essays). */
export const MAX_PARAM_LENGTH = 2000;
/** Notices quote at most this much of a value. */
const NOTICE_RAW_LENGTH = 120;

/** The names of a parser set, in its order: the page's parameters. */
export function paramNames<S extends object>(parsers: S): (keyof S & string)[] {
  return Object.keys(parsers) as (keyof S & string)[];
}

export type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * The page's parameters from Next's searchParams or URLSearchParams: the first value of each, or all
 * values joined by commas for the names in `lists` (a form's checkboxes send cols=a&cols=b).
 */
export function readParams<Name extends string>(input: SearchInput, names: readonly Name[], lists: readonly Name[] = []): Params<Name> {
  const out: Params<Name> = {};
  for (const name of names) {
    const value = input instanceof URLSearchParams ? input.getAll(name) : input[name];
    const all = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const picked = lists.includes(name) && all.length > 1 ? all.join(',') : all[0];
    if (picked !== undefined) out[name] = picked;
  }
  return out;
}

/** Every parameter through its parser; invalid values and dropped parts as notices, in parameter order. */
export function parseParams<Name extends string, S extends Record<Name, ParamParser<unknown>>>(
  params: Params<Name>,
  parsers: S,
): { parsed: Parsed<S>; notices: ParamNotice<Name>[] } {
  const notices: ParamNotice<Name>[] = [];
  const parsed = {} as Record<Name, ParsedParam<unknown>>;
  const notice = (param: Name, raw: string, reason: InvalidReason) =>
    notices.push({ param, raw: printable(raw.slice(0, NOTICE_RAW_LENGTH)), reason });
  for (const name of paramNames(parsers) as Name[]) {
    const raw = params[name];
    // Before any parser: a control character (NUL above all, which PostgreSQL refuses) or an unpaired surrogate.
    const result: ParsedParam<unknown> =
      raw === undefined
        ? parsers[name](raw)
        : raw.length > MAX_PARAM_LENGTH
          ? invalid(raw, 'too-long')
          : !isPlainText(raw)
            ? invalid(raw, 'bad-text')
            : parsers[name](raw);
    if (result.kind === 'invalid') notice(name, result.raw, result.reason);
    if (result.kind === 'valid') for (const part of result.dropped ?? []) notice(name, part.raw, part.reason);
    parsed[name] = result;
  }
  return { parsed: parsed as Parsed<S>, notices };
}

/** A page's parameters read from a request and parsed, in one step (pages without list parameters). */
export function parsePageParams<S extends Record<string, ParamParser<unknown>>>(input: SearchInput, parsers: S) {
  return parseParams<keyof S & string, S>(readParams(input, paramNames(parsers)), parsers);
}

/** The value of a parse, or the fallback when it was missing or invalid. */
export function valueOr<T, F>(result: ParsedParam<T>, fallback: F): T | F {
  return result.kind === 'valid' ? result.value : fallback;
}

// --- Parsers shared by the pages -------------------------------------------------------------

const isBlank = (raw: string | undefined): raw is undefined | '' => raw === undefined || raw === '';

export function oneOf<T extends string>(values: readonly T[], reason: InvalidReason): ParamParser<T> {
  return (raw) => {
    if (isBlank(raw)) return missing();
    return (values as readonly string[]).includes(raw) ? valid(raw as T) : invalid(raw, reason);
  };
}

export const LEVELS = ['province', 'prefecture', 'county', 'district', 'zone'] as const;
export type Level = (typeof LEVELS)[number];

export const parseLevel = oneOf<Level>(LEVELS, 'bad-level');

export const parseLang: ParamParser<Lang> = (raw) => {
  if (isBlank(raw)) return missing();
  return isLang(raw) ? valid(raw) : invalid(raw, 'bad-lang');
};

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface YearRange {
  from: number;
  to: number;
}

function yearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** A year (2020) or a range (2018-2022). */
export const parseYears: ParamParser<YearRange> = (raw) => {
  if (isBlank(raw)) return missing();
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return invalid(raw, 'bad-year');
  const from = yearOf(m[1]!);
  const to = m[2] === undefined ? from : yearOf(m[2]);
  if (from === null || to === null || to < from) return invalid(raw, 'bad-year');
  return valid({ from, to });
};

/** One year (a range is refused). */
export const parseYear: ParamParser<number> = (raw) => {
  const range = parseYears(raw);
  if (range.kind !== 'valid') return range;
  return range.value.from === range.value.to ? valid(range.value.from) : invalid(raw!, 'bad-year');
};

/** A province as stored (安徽省): trimmed, at most 40 characters. */
export const parseProvince: ParamParser<string> = (raw) => {
  const value = raw?.trim();
  if (isBlank(value)) return missing();
  return value.length > 40 ? invalid(raw!, 'too-long') : valid(value);
};

/** A jurisdiction's slug (fuyang-341200): lowercase letters, digits and single hyphens, at most 80 characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseSlug(raw: string): ParsedParam<string> {
  const slug = raw.toLowerCase();
  return SLUG_PATTERN.test(slug) && slug.length <= 80 ? valid(slug) : invalid(raw, 'bad-slug');
}

/** A positive whole number up to `max` (report ids, issue ids, page numbers). */
export function positiveInt(max: number, reason: InvalidReason): ParamParser<number> {
  return (raw) => {
    if (isBlank(raw)) return missing();
    return /^\d{1,10}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= max ? valid(Number(raw)) : invalid(raw, reason);
  };
}

/** The data version a shared or cited link was made at (`v`; lib/db/data-version.ts): not part of any view. */
export const parseDataVersion = positiveInt(Number.MAX_SAFE_INTEGER, 'bad-version');

/** A flag: `1` is on, absence is off. */
export const parseFlag: ParamParser<true> = (raw) => (isBlank(raw) ? missing() : raw === '1' ? valid(true) : invalid(raw, 'bad-flag'));

export type Measure = { kind: 'figure'; key: string } | { kind: 'rate'; id: string };

/** A figure key of the catalogue or a rate id. */
export const parseMeasure: ParamParser<Measure> = (raw) => {
  if (isBlank(raw)) return missing();
  if (isFigureKey(raw)) return valid({ kind: 'figure', key: raw });
  if (rateDef(raw)) return valid({ kind: 'rate', id: raw });
  return invalid(raw, 'unknown-measure');
};

export const parseComposition: ParamParser<string> = (raw) => {
  if (isBlank(raw)) return missing();
  return compositionDef(raw) ? valid(raw) : invalid(raw, 'unknown-composition');
};

/**
 * A comma-separated list: each part through `item` (kept once, in order; a bad part is dropped with
 * its reason), at most `max` parts (the rest dropped as too many). Missing when nothing is given.
 */
export function listOf<T>(item: (part: string) => ParsedParam<T>, max: number, key: (value: T) => string = String): ParamParser<T[]> {
  return (raw) => {
    if (raw === undefined) return missing();
    const values: T[] = [];
    const dropped: DroppedPart[] = [];
    for (const part of raw.split(',')) {
      if (part.trim() === '') continue;
      const result = item(part.trim());
      if (result.kind === 'invalid') dropped.push({ raw: part, reason: result.reason });
      else if (result.kind === 'valid' && !values.some((v) => key(v) === key(result.value))) values.push(result.value);
    }
    if (values.length > max) dropped.push({ raw: values.splice(max).map(key).join(','), reason: 'too-many' });
    if (values.length === 0 && dropped.length === 0) return missing();
    return valid(values, dropped);
  };
}
