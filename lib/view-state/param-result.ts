// The result of reading one URL parameter, like owid-grapher's query-param parsers: a value, an
// invalid raw string with the reason, or nothing. Parsers are total: garbage never throws.

export type InvalidReason =
  | 'unknown-chart'
  | 'unknown-measure'
  | 'unknown-composition'
  | 'bad-year'
  | 'bad-slug'
  | 'too-many'
  | 'bad-level'
  | 'bad-per'
  | 'bad-lang'
  | 'too-long';

export type ParamResult<T> = { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string; reason: InvalidReason } | { kind: 'missing' };

export const valid = <T>(value: T): ParamResult<T> => ({ kind: 'valid', value });
export const invalid = <T>(raw: string, reason: InvalidReason): ParamResult<T> => ({ kind: 'invalid', raw, reason });
export const missing = <T>(): ParamResult<T> => ({ kind: 'missing' });
