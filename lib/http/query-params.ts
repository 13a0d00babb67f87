// Total validation of query parameters, in the manner of owid's GrapherQueryParamParser: each
// parameter has a small parser returning a value or the reason it is wrong, and the whole query
// either yields typed values or names the first parameter at fault. Unknown parameters are
// refused too: a typo (`yaer=2020`) silently ignored would return the wrong data. No value with a
// control character (NUL above all, which PostgreSQL refuses) or an unpaired surrogate reaches a
// parser: such a value is refused first, whatever the parameter.

import { isPlainText, printable } from '@/lib/domain/text';

export type ParamResult<T> = { ok: true; value: T } | { ok: false; reason: string };
export type ParamParser<T> = (raw: string) => ParamResult<T>;

/** How a parameter is read: its parser, what it expects (for messages), and what absence means. */
export type ParamSpec<T> =
  | { presence: 'optional'; parse: ParamParser<T>; expects: string }
  | { presence: 'required'; parse: ParamParser<T>; expects: string }
  | { presence: 'default'; parse: ParamParser<T>; expects: string; default: T };

export const optional = <T>(parse: ParamParser<T>, expects: string): ParamSpec<T> & { presence: 'optional' } => ({
  presence: 'optional',
  parse,
  expects,
});
export const required = <T>(parse: ParamParser<T>, expects: string): ParamSpec<T> & { presence: 'required' } => ({
  presence: 'required',
  parse,
  expects,
});
export const withDefault = <T>(parse: ParamParser<T>, value: T, expects: string): ParamSpec<T> & { presence: 'default' } => ({
  presence: 'default',
  parse,
  expects,
  default: value,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec map is heterogeneous by design.
type Specs = Record<string, ParamSpec<any>>;
type Values<S extends Specs> = {
  [K in keyof S]: S[K] extends ParamSpec<infer T> ? (S[K]['presence'] extends 'optional' ? T | undefined : T) : never;
};

export type QueryResult<S extends Specs> = { ok: true; values: Values<S> } | { ok: false; param: string; reason: string };

export function parseQuery<S extends Specs>(params: URLSearchParams, specs: S): QueryResult<S> {
  for (const name of new Set(params.keys())) {
    if (!(name in specs)) {
      return { ok: false, param: printable(name), reason: `unknown parameter; known: ${Object.keys(specs).join(', ')}` };
    }
    if (params.getAll(name).length > 1) return { ok: false, param: name, reason: 'given more than once' };
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = params.get(name);
    if (raw === null || raw === '') {
      if (spec.presence === 'required') return { ok: false, param: name, reason: `required: ${spec.expects}` };
      values[name] = spec.presence === 'default' ? spec.default : undefined;
      continue;
    }
    if (!isPlainText(raw)) return { ok: false, param: name, reason: 'contains a control character or an unpaired surrogate' };
    const parsed = spec.parse(raw);
    if (!parsed.ok) return { ok: false, param: name, reason: `${parsed.reason} (expected ${spec.expects})` };
    values[name] = parsed.value;
  }
  return { ok: true, values: values as Values<S> };
}

export function intParam(min: number, max: number): ParamParser<number> {
  return (raw) => {
    if (!/^-?\d{1,9}$/.test(raw)) return { ok: false, reason: `"${clip(raw)}" is not a whole number` };
    const n = Number(raw);
    if (n < min || n > max) return { ok: false, reason: `${n} is outside ${min}–${max}` };
    return { ok: true, value: n };
  };
}

export function enumParam<T extends string>(allowed: readonly T[]): ParamParser<T> {
  return (raw) =>
    (allowed as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, reason: `"${clip(raw)}" is not one of ${allowed.join(', ')}` };
}

export function patternParam(pattern: RegExp, what: string): ParamParser<string> {
  return (raw) => (pattern.test(raw) ? { ok: true, value: raw } : { ok: false, reason: `"${clip(raw)}" is not ${what}` });
}

/** A comma-separated list, each item through `item`, at most `max` items, duplicates dropped. */
export function listParam<T>(item: ParamParser<T>, max: number): ParamParser<T[]> {
  return (raw) => {
    const parts = [
      ...new Set(
        raw
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    ];
    if (parts.length === 0) return { ok: false, reason: 'the list is empty' };
    if (parts.length > max) return { ok: false, reason: `at most ${max} values, got ${parts.length}` };
    const values: T[] = [];
    for (const part of parts) {
      const r = item(part);
      if (!r.ok) return r;
      values.push(r.value);
    }
    return { ok: true, value: values };
  };
}

/** The largest id of a row (PostgreSQL int4): cursors and ids past it are refused, not queried. */
export const MAX_ROW_ID = 2 ** 31 - 1;

/** A row id inside a cursor: digits, at most MAX_ROW_ID, else null. */
export function cursorRowId(text: string): number | null {
  return /^\d{1,10}$/.test(text) && Number(text) <= MAX_ROW_ID ? Number(text) : null;
}

/** Opaque pagination cursors: base64url of the last row's sort key, decoded by `decode`. */
export function cursorParam<T>(decode: (text: string) => T | null): ParamParser<T> {
  return (raw) => {
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return { ok: false, reason: 'not a cursor from a previous page' };
    const value = decode(Buffer.from(raw, 'base64url').toString('utf8'));
    return value === null ? { ok: false, reason: 'not a cursor from a previous page' } : { ok: true, value };
  };
}

export function encodeCursor(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export { SLUG_PATTERN } from '@/lib/view-state/params';

function clip(raw: string): string {
  return printable(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
