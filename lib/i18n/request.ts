// The request headers proxy.ts sets for the root layout, which receives neither the search
// parameters nor the path: the language from `?lang=`, and the page's address (path and query) so
// the header drawn before the live URL is known links its language switch to this page.

import type { Lang } from './lang';
import { parseLang } from './lang';

export const LANG_HEADER = 'x-ui-lang';
export const ADDRESS_HEADER = 'x-ui-address';

export function langFromHeaders(headers: Pick<Headers, 'get'>): Lang {
  return parseLang(headers.get(LANG_HEADER));
}

/** The page's path and query (without "?") as proxy.ts set them; the home page when absent or not a path. */
export function addressFromHeaders(headers: Pick<Headers, 'get'>): { pathname: string; search: string } {
  const address = headers.get(ADDRESS_HEADER) ?? '';
  if (!address.startsWith('/') || address.startsWith('//')) return { pathname: '/', search: '' };
  const at = address.indexOf('?');
  return at < 0 ? { pathname: address, search: '' } : { pathname: address.slice(0, at), search: address.slice(at + 1) };
}
