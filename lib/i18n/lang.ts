// The UI language: a `lang` search parameter (`?lang=en`), Simplified Chinese when absent.
// Every route reads it with parseLang; links keep it with withLang.

import type { Lang } from '@/lib/figures/keys';

export type { Lang };

export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'zh';
/** Name of the search parameter that carries the language. */
export const LANG_PARAM = 'lang';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Total: anything that is not a known language falls back to the default. */
export function parseLang(raw: string | string[] | null | undefined): Lang {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return isLang(value) ? value : DEFAULT_LANG;
}

/** The BCP 47 tag for <html lang> and Intl. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * `href` with the language parameter set for `lang` (absent for the default language).
 * Works on paths with or without a query string and a hash.
 */
export function withLang(href: string, lang: Lang): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  if (lang === DEFAULT_LANG) params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, lang);
  // Commas separate list values (`j=a,b`); they are legal in a query and keep links readable.
  const query = params.toString().replace(/%2C/gi, ',');
  return `${path}${query ? `?${query}` : ''}${hash}`;
}
