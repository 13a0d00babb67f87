// The request header proxy.ts sets from `?lang=`, read by the root layout.

import type { Lang } from './lang';
import { parseLang } from './lang';

export const LANG_HEADER = 'x-ui-lang';

export function langFromHeaders(headers: Pick<Headers, 'get'>): Lang {
  return parseLang(headers.get(LANG_HEADER));
}
