// Counts written in Chinese numerals, as text-only reports write small ones (三十五件, 一百零二件,
// 两千零五十条). Only the written form with place words (十 百 千 万) is read: digits in a row
// (三四件 is "three or four", 一〇二 a code) say no single number.

/** The characters a count in Chinese numerals is written with (for regex classes, as escapes). */
export const CHINESE_NUMERAL_CLASS =
  '\\u96f6\\u3007\\u4e00\\u4e8c\\u4e24\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341\\u767e\\u5343\\u4e07';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A section below 万 (一千零五十, 十二, 三百): null when it is not written as one number. */
function section(s: string): number | null {
  if (s === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastPlace = 10_000;
  let zeroSeen = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      if (d === 0) {
        // 零 stands between a place and a lower digit only (一百零二), once
        if (digit !== null || zeroSeen || total === 0) return null;
        zeroSeen = true;
        continue;
      }
      if (digit !== null) return null; // two digits in a row
      digit = d;
    } else if (ch in PLACES) {
      const p = PLACES[ch]!;
      if (p >= lastPlace) return null; // places only fall (一百二十, never 十百)
      // 十 without its digit is 一十 at the start (十二) or after 零 (一千零十); other places need theirs
      if (digit === null && !(p === 10 && (total === 0 || zeroSeen))) return null;
      if (zeroSeen && p !== 10) return null;
      total += (digit ?? 1) * p;
      digit = null;
      lastPlace = p;
      zeroSeen = false;
    } else return null;
  }
  if (digit !== null) {
    // a last digit stands for the place after the last one only when 零 marks the gap or it is the units
    if (lastPlace !== 10 && lastPlace !== 10_000 && !zeroSeen) return null;
    total += digit;
  }
  return total;
}

/** The count a run of Chinese numerals writes, or null (not one well-formed number). */
export function chineseNumber(s: string): number | null {
  if (s === '零' || s === '〇') return 0;
  const parts = s.split('万');
  if (parts.length > 2) return null;
  if (parts.length === 1) return section(s);
  const high = section(parts[0]!);
  if (high === null) return null;
  const rest = parts[1]!.replace(/^零/, '');
  const low = rest === '' ? 0 : section(rest);
  return low === null ? null : high * 10_000 + low;
}
