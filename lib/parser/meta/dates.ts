// The statistics year (统计期限 2020年1月1日至2020年12月31日) and the publication date (发布时间
// field of the page, or the date under the signature at the end, often in Chinese numerals).

import type { Span } from '../types';
import { D, type Found, tailNonBlankLines, toInt, trimmedSpan } from './found';

/** A period from 1 January to 31 December of one year: the year the figures cover. */
const PERIOD = new RegExp(
  `(?<year>[12]${D}{3})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日\\s*(?:起\\s*)?(?:[,，]\\s*)?(?:至|到|—|-|－|~|～)\\s*(?:(?<end>[12]${D}{3})\\s*年\\s*)?12\\s*月\\s*31\\s*日`,
  'dg',
);

export function readStatisticsYear(text: string): Found<number> | null {
  for (const m of text.matchAll(PERIOD)) {
    const year = toInt(m.groups!.year!);
    if (m.groups!.end && toInt(m.groups!.end) !== year) continue;
    const idx = m.indices!.groups!.year!;
    return { value: year, span: [idx[0], idx[1]], rule: 'year.period' };
  }
  return null;
}

const CN_DIGITS: Record<string, number> = Object.fromEntries([...'〇○零ＯO一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 4)]));

/** 二〇二一 → 2021; 十二 → 12; 二十八 → 28; ASCII or full-width digits as they are. */
function numeral(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return toInt(s);
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGITS[c] ?? NaN).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? NaN) : 0);
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 2000 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const DATE = `(?<y>[12]${D}{3})\\s*[-/.年]\\s*(?<m>${D}{1,2})\\s*[-/.月]\\s*(?<d>${D}{1,2})`;
/** Labelled fields of government page headers, most specific first. */
const FIELDS: { re: RegExp; rule: string }[] = [
  { re: new RegExp(`(?:发布|公开|发文)(?:时间|日期)\\s*[:：]\\s*${DATE}`, 'd'), rule: 'date.published' },
  { re: new RegExp(`(?:成文|生成|印发)(?:时间|日期)\\s*[:：]\\s*${DATE}`, 'd'), rule: 'date.written' },
  { re: new RegExp(`(?:^|\\s)(?:时间|日期)\\s*[:：]\\s*${DATE}`, 'd'), rule: 'date.header' },
];
const CN = '[〇○零Ｏ一二三四五六七八九十]';
const SIGNATURE_DATE = new RegExp(
  `^(?<y>[12]${D}{3}|${CN}{4})\\s*年\\s*(?<m>${D}{1,2}|${CN}{1,2})\\s*月\\s*(?<d>${D}{1,2}|${CN}{1,3})\\s*日$`,
);
/** The signature block sits in the last lines (before attachments and page furniture). */
const TAIL_LINES = 25;

export interface Signature {
  date: Found<string>;
  /** The non-empty line just above the date: the signing office, when it is one. */
  above: { text: string; span: Span } | null;
}

export function readSignature(text: string): Signature | null {
  const tail = tailNonBlankLines(text, TAIL_LINES);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const m = SIGNATURE_DATE.exec(line.text.trim());
    if (!m) continue;
    const value = iso(numeral(m.groups!.y!), numeral(m.groups!.m!), numeral(m.groups!.d!));
    if (!value) continue;
    const prev = tail[i - 1];
    return {
      date: { value, span: trimmedSpan(line), rule: 'date.signature' },
      above: prev ? { text: prev.text.trim(), span: trimmedSpan(prev) } : null,
    };
  }
  return null;
}

function field(text: string, f: { re: RegExp; rule: string }): Found<string> | null {
  const m = f.re.exec(text);
  if (!m) return null;
  const value = iso(toInt(m.groups!.y!), toInt(m.groups!.m!), toInt(m.groups!.d!));
  const start = m.indices!.groups!.y![0];
  return value ? { value, span: [start, m.indices!.groups!.d![1]], rule: f.rule } : null;
}

/** The first 发布时间 / 公开日期 field of `text` (a page's own publication date), as an ISO date. */
export function readPublicationField(text: string): string | null {
  return field(text, FIELDS[0]!)?.value ?? null;
}

/** An ISO date from a page's date attribute (2021-01-28, 2021-01-28 09:30, 2021/1/28, 2021-01-28T09:30:00+08:00). */
export function readIsoDate(value: string): string | null {
  const m = new RegExp(`^\\s*${DATE}`).exec(value);
  return m ? iso(toInt(m.groups!.y!), toInt(m.groups!.m!), toInt(m.groups!.d!)) : null;
}

export function readPublishedOn(text: string, signature: Signature | null): Found<string> | null {
  const head = text.slice(0, 4000);
  const [published, ...others] = FIELDS;
  const printed = field(head, published!);
  if (printed || signature) return printed ?? signature!.date;
  // The weaker fields are searched only when neither of the above is there.
  for (const f of others) {
    const found = field(head, f);
    if (found) return found;
  }
  return null;
}
