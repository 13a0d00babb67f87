// The home page in the URL: `y`, the year of the chart (absent: the year with the most reports; a
// range shows its last year), and `lang`.

import type { Lang } from '@/lib/i18n/lang';
import {
  parseLang,
  parsePageParams,
  parseYears,
  valueOr,
  type ParamNotice,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';

export type HomeParams = Params<'y' | 'lang'>;

export const HOME_PARSERS = { y: parseYears, lang: parseLang } satisfies ParamParsers<HomeParams>;

export function parseHomeParams(input: SearchInput): {
  view: { year: number | null; lang: Lang };
  notices: ParamNotice<keyof HomeParams & string>[];
} {
  const { parsed, notices } = parsePageParams(input, HOME_PARSERS);
  return { view: { year: valueOr(parsed.y, null)?.to ?? null, lang: valueOr(parsed.lang, 'zh') }, notices };
}
