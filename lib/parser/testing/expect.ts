// Test helpers: expected tables written row by row, as printed, turned into figure keys.

import { readFileSync } from 'node:fs';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, table3Key, table4Key } from '../../figures/keys';
import { parseReport } from '../index';
import type { ParseResult } from '../types';

export type Row7 = readonly [number | null, number | null, number | null, number | null, number | null, number | null, number | null];

/** Table 3: row id → the seven printed cells (six applicant columns, then 总计). */
export function table3Figures(rows: Record<string, Row7>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [row, cells] of Object.entries(rows)) APPLICANT_COLUMNS.forEach((c, i) => (out[table3Key(row, c.id)] = cells[i]!));
  return out;
}

/** Table 4: the fifteen printed cells in order (review, direct lawsuits, lawsuits after review). */
export function table4Figures(cells: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  let i = 0;
  for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) out[table4Key(g.id, c.id)] = cells[i++]!;
  return out;
}

export const ZERO7: Row7 = [0, 0, 0, 0, 0, 0, 0];

export function readReport(path: string): string {
  return readFileSync(new URL(`../../../data/reports/${path}`, import.meta.url), 'utf8');
}

export function parseOk(text: string): ParseResult {
  const out = parseReport(text);
  if (!out.ok) throw new Error(`refused: ${out.refusal.message.en}`);
  return out.result;
}

/** The figures of a result restricted to the given keys. */
export function pick(result: ParseResult, keys: readonly string[]): Record<string, number | null | undefined> {
  return Object.fromEntries(keys.map((k) => [k, result.figures[k]]));
}

export function codes(result: ParseResult): string[] {
  return result.issues.map((i) => i.code);
}
