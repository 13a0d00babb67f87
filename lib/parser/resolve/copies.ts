// A table printed more than once (a web page that dumps the tables' text run together before or
// after the tables themselves, or a PDF printed from such a page): each copy is read on its own,
// and the copy that reads best is kept whole — never a mix of copies. Where the copies state a
// figure differently, the kept copy's number stands and the difference is flagged.

import { relationsFor, type SumRelation } from '../../figures/checks';
import type { ReportFormat } from '../../figures/keys';
import { enLabel, makeIssue, zhLabel } from '../issues';
import type { TableName } from '../segment';
import type { Span } from '../types';
import { validate } from '../validate';
import { settlePending } from './candidates';
import type { TablesRead } from './index';
import type { Entry, Store } from './store';

export const TABLES: readonly TableName[] = ['table2', 'table3', 'table4'];

/** Each table's name in messages. */
export const TABLE_NAMES: Record<TableName, { zh: string; en: string }> = {
  table2: { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
  table3: { zh: '收到和处理政府信息公开申请情况', en: 'applications' },
  table4: { zh: '行政复议、行政诉讼情况', en: 'reviews and lawsuits' },
};

/** Figures a copy names in the text of its differences; the issue's keys list them all. */
const NAMED = 6;

const emptyRead = (): TablesRead => ({
  store: new Map(),
  pending: [],
  issues: [],
  found: { table2: false, table3: false, table4: false },
});

interface Reading {
  read: TablesRead;
  /** The copy's figures once its own sums have settled it (a trial: the parse settles the kept copy again). */
  settled: Store;
  score: number;
}

/**
 * How well a copy reads: a number printed in its cell counts twice, one the sums determined
 * (split run-together digits, inferred cells) once; each warning (a row not found, a split left
 * open, a cell unread) takes two off, each failing sum four.
 */
function reading(read: TablesRead, relations: readonly SumRelation[], format: ReportFormat): Reading {
  const settled: Store = new Map(read.store);
  const issues = [...read.issues];
  settlePending(read.pending, settled, issues, relations);
  validate(settled, format, issues);
  let score = 0;
  for (const e of settled.values()) if (e.value !== null) score += e.state === 'read' ? 2 : e.state === 'inferred' ? 1 : 0;
  for (const i of issues) score -= i.severity === 'error' ? 4 : i.severity === 'warning' ? 2 : 0;
  return { read, settled, score };
}

/** A figure the copy prints (a cell, or run-together digits split): not one its sums determined. */
const printedOrSplit = (e: Entry) => e.state !== 'derived' && e.prov.rule !== 'validate.infer';

/** The figures `b` prints otherwise than `a` does (both printing them), and how many it prints alike other than 0. */
function compare(a: Reading, b: Reading): { differ: [string, number, number][]; alike: number } {
  const differ: [string, number, number][] = [];
  let alike = 0;
  for (const [k, e] of b.settled) {
    const x = a.settled.get(k);
    if (!x || x.value === null || e.value === null || !printedOrSplit(e) || !printedOrSplit(x)) continue;
    if (x.value !== e.value) differ.push([k, x.value, e.value]);
    else if (x.value !== 0) alike++;
  }
  return { differ, alike };
}

/**
 * Reads table `name` in each of its regions (the first its section as first printed) and writes
 * the best-read copy into `out`; on a tie, the first. A copy printing most of its figures other
 * than 0 otherwise than the first is no copy (two reports on one page): never taken over the
 * first. Figures another copy prints differently are named by one TABLE_COPIES_DIFFER.
 */
export function readBestCopy(
  name: TableName,
  regions: readonly Span[],
  read: (region: Span, into: TablesRead) => void,
  format: Exclude<ReportFormat, 'legacy'>,
  out: TablesRead,
): void {
  const relations = relationsFor(format);
  const copies = regions.map((region) => {
    const into = emptyRead();
    read(region, into);
    return reading(into, relations, format);
  });
  const first = copies[0]!;
  const unlike = copies.filter((c) => {
    const { differ, alike } = compare(first, c);
    return differ.length > alike;
  });
  const best = copies.reduce((a, c) => (c.score > a.score && !unlike.includes(c) ? c : a));
  for (const [k, e] of best.read.store) out.store.set(k, e);
  out.pending.push(...best.read.pending);
  out.issues.push(...best.read.issues);
  out.found[name] ||= best.read.found[name];
  const differ = new Map<string, number[]>();
  for (const c of copies)
    if (c !== best) for (const [k, kept, v] of compare(best, c).differ) differ.set(k, [...(differ.get(k) ?? [kept]), v]);
  if (differ.size === 0) return;
  const keys = [...differ.keys()];
  const list = (label: (k: string) => string, sep: string) =>
    keys
      .slice(0, NAMED)
      .map((k) => `${label(k)} ${differ.get(k)!.join(' / ')}`)
      .join(sep) + (keys.length > NAMED ? (sep === ';' ? '等' : ' …') : '');
  const { zh, en } = TABLE_NAMES[name];
  out.issues.push(
    makeIssue(
      'TABLE_COPIES_DIFFER',
      unlike.length > 0
        ? `“${zh}”表印了${copies.length}次,各份数字多数不同(${list(zhLabel, ';')}),不是同一张表;取与先印出的一份相同的表中读得最完整的一份,不混用。`
        : `“${zh}”表印了${copies.length}次,各份数字不同(${list(zhLabel, ';')});取读得最完整的一份,不混用。`,
      unlike.length > 0
        ? `The ${en} table is printed ${copies.length} times, mostly with other numbers (${list(enLabel, '; ')}): not one table; the best-read copy of the table printed first is kept, copies are not mixed.`
        : `The ${en} table is printed ${copies.length} times with different numbers (${list(enLabel, '; ')}); the copy read best is kept, copies are not mixed.`,
      keys,
    ),
  );
}
