// Search by English name: the division codes whose English name (Hohhot, Ulanqab, "Fuyang, Anhui")
// contains what was typed, ignoring case, spaces, commas and apostrophes (xian finds Xi'an). Built
// once per process from the division table; server-only like the names themselves.

import { allDivisions } from './index';
import { englishPlace } from './english';

let index: { code: string; key: string }[] | null = null;

/** Lower case, letters and digits only: "Fuyang, Anhui" → "fuyanganhui". */
export function searchKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function englishIndex() {
  index ??= allDivisions().map((d) => ({
    code: d.code,
    key: searchKey(englishPlace({ name: d.name, level: d.level, divisionCode: d.code, province: d.province }).distinct),
  }));
  return index;
}

/**
 * Codes of the divisions whose English name contains the query, names that start with it first;
 * none for a query without Latin letters (Chinese and pinyin are searched by the database), or
 * shorter than two letters (a single letter would match most of China).
 */
export function codesByEnglish(query: string, limit = 200): string[] {
  const q = searchKey(query);
  if (q.length < 2 || !/[a-z]/.test(q)) return [];
  const found = englishIndex().filter((d) => d.key.includes(q));
  found.sort((a, b) => Number(!a.key.startsWith(q)) - Number(!b.key.startsWith(q)));
  return found.slice(0, limit).map((d) => d.code);
}
