// Compile-time tests of the URL-state toolkit, run by the type check (tsc in npm test), not vitest:
// each @ts-expect-error must be an error, so the check that every parameter has a parser (and
// every parser a parameter) cannot quietly stop working.

import { COMPARE_PARSERS } from './parse-compare-params';
import { parseLang, parseYears, type ParamParsers, type Params } from './params';
import type { CompareParams } from './compare-params';

type TwoParams = Params<'y' | 'lang'>;

export const complete = { y: parseYears, lang: parseLang } satisfies ParamParsers<TwoParams>;

// @ts-expect-error `lang` has no parser.
export const missingParser = { y: parseYears } satisfies ParamParsers<TwoParams>;

// @ts-expect-error `page` is not a parameter of the page.
export const strayParser = { y: parseYears, lang: parseLang, page: parseYears } satisfies ParamParsers<TwoParams>;

// @ts-expect-error a parser must read a raw string (or its absence).
export const wrongParser = { y: parseYears, lang: (raw: number) => raw } satisfies ParamParsers<TwoParams>;

// The compare page's parsers cover its parameters exactly.
export const compare: ParamParsers<CompareParams> = COMPARE_PARSERS;
