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

/**
 * Reads table `name` in each of its regions (the first its section as first printed) and writes
 * the best-read copy into `out`; on a tie, the first. Figures another copy reads differently are
 * named by one TABLE_COPIES_DIFFER.
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
  const best = copies.reduce((a, c) => (c.score > a.score ? c : a));
  for (const [k, e] of best.read.store) out.store.set(k, e);
  out.pending.push(...best.read.pending);
  out.issues.push(...best.read.issues);
  out.found[name] ||= best.read.found[name];
  const differ = new Map<string, number[]>();
  for (const c of copies) {
    if (c === best) continue;
    for (const [k, e] of c.settled) {
      const kept = best.settled.get(k)?.value;
      const v = e.value;
      if (v !== null && printedOrSplit(e) && kept !== null && kept !== undefined && kept !== v)
        differ.set(k, [...(differ.get(k) ?? [kept]), v]);
    }
  }
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
      `“${zh}”表印了${copies.length}次,各份数字不同(${list(zhLabel, ';')});取读得最完整的一份,不混用。`,
      `The ${en} table is printed ${copies.length} times with different numbers (${list(enLabel, '; ')}); the copy read best is kept, copies are not mixed.`,
      keys,
    ),
  );
}
