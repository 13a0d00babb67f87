// Pre-2019 statistics tables: each province printed its own, of one kind — a label, a unit, this
// year's figure and the cumulative one (Fujian: 统计指标 | 计量单位 | 本年度 | 历年累计 — 受理依申请公开信息总数
// | 条 | 9 | 38). Rows are read by what their labels say, under the national figure keys, whatever
// the province named them; the column order comes from the header (累计 first or second, or no
// cumulative column at all). Scraped pages run the cells together (受理依申请公开信息总数条938): the
// digits are split only when one split alone fits — the cumulative is never smaller than the year,
// and a 其中 row never more than its total — else the row is null with its digits kept.

import { table3Key, table4Key } from '../../figures/keys';
import { enLabel, makeIssue, zhLabel } from '../issues';
import type { NormalText } from '../normalize';
import type { Store } from '../resolve/store';
import { splitDigits } from '../tables/split';
import type { ParseIssue, Span } from '../types';

/** What a row's label says, most specific first: the first pattern that matches names the key. */
const ROW_KEYS: readonly { key: string; label: RegExp }[] = [
  { key: table3Key('results.partial', 'total'), label: /部分公开/ },
  { key: 'results.denied.total', label: /否决|不予公开|不同意公开|不公开/ },
  { key: table3Key('results.granted', 'total'), label: /同意公开|予以公开|全部公开|准予公开/ },
  { key: table3Key('results.total', 'total'), label: /答复|办结|处理(?:总)?数/ },
  { key: table3Key('applications.new', 'total'), label: /(?:受理|收到|接收)[^，。]*申请|申请[^，。]*(?:总数|总量|受理)/ },
  { key: table4Key('review', 'total'), label: /行政复议/ },
  { key: table4Key('litigation', 'total'), label: /行政诉讼/ },
  { key: 'narrative.activeItems', label: /主动公开/ },
];

/** 其中 rows and numbered sub-rows: parts of the row above (never more than it). */
const PART = /^(?:其中[:：]?\s*)?(?:\d{1,2}|[一二三四五六七八九十])[、.．]|^其中/;
const UNIT = /^(?:条|件|个|项|次|人次|份|宗)$/;
/** The header: 指标名称 计量单位 2012年度 历年累计 / 统计指标计量单位本年度历年累计 / 项目 | 累计 | 本年 / 指标 本年度. */
const HEADER =
  /(?:统计指标|指标名称|指标|项\s*目)[\s|]*(?:(?:计量)?单位[\s|]*)?(?:(?:本年度?|\d{4}\s*年度?|本期|当年)(?<after>[\s|]*(?:历年)?累计)?|(?:历年)?累计[\s|]*(?:本年度?|\d{4}\s*年度?|本期|当年))/g;
const MAX_TABLE = 4000;
const MAX_LABEL = 40;

interface RawRow {
  label: string;
  part: boolean;
  digits: { raw: string; span: Span }[];
}

/** Where the table's header ends, and which of its columns holds this year's figures. */
function findHeader(s: string): { start: number; columns: 'year' | 'year-cumulative' | 'cumulative-year' } | null {
  HEADER.lastIndex = 0;
  const m = HEADER.exec(s);
  if (!m) return null;
  const cumulativeFirst = /^[^累]*累计[\s|]*(?:本年|\d{4}|本期|当年)/.test(m[0].replace(/^(?:统计指标|指标名称|指标|项\s*目)/, ''));
  const columns = cumulativeFirst ? 'cumulative-year' : m.groups?.after ? 'year-cumulative' : 'year';
  return { start: m.index + m[0].length, columns };
}

/** The table's rows: a label (ordinals and 其中 included), an optional unit, then digit runs. */
function rowsOf(s: string, from: number): RawRow[] {
  const rows: RawRow[] = [];
  const end = Math.min(s.length, from + MAX_TABLE);
  let p = from;
  while (p < end) {
    while (p < end && /[\s|]/.test(s[p]!)) p++;
    const labelStart = p;
    // an ordinal's digits belong to the label (1、当面申请数)
    const ordinal = /^(?:其中[:：]?\s*)?\d{1,2}[、.．]/.exec(s.slice(p, p + 8));
    if (ordinal) p += ordinal[0].length;
    while (p < end && !/\d/.test(s[p]!)) p++;
    let label = s
      .slice(labelStart, p)
      .replace(/[\s|]+/g, ' ')
      .trim();
    if (label.length === 0 || label.length > MAX_LABEL) break;
    const words = label.split(' ');
    if (words.length > 1 && UNIT.test(words[words.length - 1]!)) label = words.slice(0, -1).join(' ');
    else if (label.length > 2 && UNIT.test(label[label.length - 1]!)) label = label.slice(0, -1);
    const digits: RawRow['digits'] = [];
    while (p < end) {
      while (p < end && /[ |]/.test(s[p]!)) p++;
      if (!/\d/.test(s[p] ?? '')) break;
      const a = p;
      while (p < end && /\d/.test(s[p]!)) p++;
      // the next row's ordinal printed against this row's digits (0 03、电子邮件申请数)
      if (/[、.．]/.test(s[p] ?? '') && !/\d/.test(s[p + 1] ?? '') && p - a > 1) p--;
      else if (/[、.．]/.test(s[p] ?? '') && p - a === 1) {
        p = a;
        break;
      }
      digits.push({ raw: s.slice(a, p), span: [a, p] });
    }
    if (digits.length === 0) break;
    rows.push({ label, part: PART.test(label), digits });
  }
  return rows;
}

/** Whether the text holds a statistics table's header (指标 … 本年度 … 累计). */
export function hasLegacyTable(s: string): boolean {
  return findHeader(s) !== null;
}

export interface LegacyRead {
  found: boolean;
}

/** Reads a pre-2019 statistics table into the store; `found` says whether there was one. */
export function readLegacyTable(t: NormalText, store: Store, issues: ParseIssue[]): LegacyRead {
  const s = t.norm;
  const header = findHeader(s);
  if (!header) return { found: false };
  const rows = rowsOf(s, header.start);
  if (rows.length < 3) return { found: false };
  const width = header.columns === 'year' ? 1 : 2;
  const yearAt = header.columns === 'cumulative-year' ? 1 : 0;
  let parent: [number, number] | null = null;
  for (const row of rows) {
    const key = ROW_KEYS.find((r) => r.label.test(row.label))?.key ?? null;
    const limit = row.part ? parent : null;
    const values = readValues(row, width, yearAt, limit);
    if (!row.part) parent = values?.pair ?? null;
    // a channel's count (当面申请数, 网站公开) is never the total: parts are read only as what they say
    if (!key || store.has(key) || (row.part && !isOutcome(key))) continue;
    const span: Span = [row.digits[0]!.span[0], row.digits[row.digits.length - 1]!.span[1]];
    const raw = row.digits.map((d) => d.raw).join(' ');
    if (!values) {
      store.set(key, { value: null, state: 'unplaced', prov: { via: 'table', span, rule: 'legacy.table', raw } });
      issues.push(
        makeIssue(
          'SPLIT_AMBIGUOUS',
          `统计表“${row.label}”的数字“${raw}”无法确定本年度与累计各是多少,${zhLabel(key)}留空。`,
          `Statistics table row "${row.label}": which of "${raw}" is this year's and which the cumulative figure cannot be told; left empty (${enLabel(key)}).`,
          [key],
          { span },
        ),
      );
      continue;
    }
    store.set(key, { value: values.year, state: 'read', prov: { via: 'table', span: values.span, rule: values.rule, raw: values.raw } });
  }
  return { found: true };
}

const isOutcome = (key: string) => /^results\.(granted|partial|denied)/.test(key);

/**
 * This year's value of a row: printed as its own cell, or split from digits run together when one
 * split alone fits (cumulative ≥ year; a part ≤ its total in both columns).
 */
function readValues(
  row: RawRow,
  width: number,
  yearAt: number,
  limit: [number, number] | null,
): { year: number; pair: [number, number]; span: Span; raw: string; rule: string } | null {
  const d = row.digits;
  const pairOf = (v: number[]): [number, number] => (width === 1 ? [v[0]!, v[0]!] : yearAt === 0 ? [v[0]!, v[1]!] : [v[1]!, v[0]!]);
  const fits = (v: number[]) => {
    const [year, cumulative] = pairOf(v);
    if (width === 2 && cumulative < year) return false;
    return !limit || (year <= limit[0] && cumulative <= limit[1]);
  };
  if (d.length === width) {
    const v = d.map((x) => Number(x.raw));
    if (d.some((x) => x.raw.length > 1 && x.raw[0] === '0') || !fits(v)) return null;
    const cell = d[width === 1 ? 0 : yearAt]!;
    return { year: pairOf(v)[0], pair: pairOf(v), span: cell.span, raw: cell.raw, rule: 'legacy.table' };
  }
  if (d.length !== 1 || width !== 2) return null;
  const found = splitDigits(d[0]!.raw, 2, fits);
  if (found.splits.length !== 1 || !found.complete) return null;
  const v = found.splits[0]!;
  const at = found.starts[0]![yearAt]!;
  const len = yearAt === 0 ? found.starts[0]![1]! : d[0]!.raw.length - at;
  const span: Span = [d[0]!.span[0] + at, d[0]!.span[0] + at + len];
  return { year: pairOf(v)[0], pair: pairOf(v), span, raw: d[0]!.raw.slice(at, at + len), rule: 'legacy.split' };
}
