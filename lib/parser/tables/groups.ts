// Groups: runs of cells that belong together (one printed row of a table, or what is left of it).
// A line holding several cells is a group of its own; consecutive lines holding one cell each
// (one-cell-per-line pages) join into one group; labels and other text end a group.

import type { Span } from '../types';
import type { Cell, Token } from './tokens';

export interface LabelRef {
  row: string;
  line: number;
}

export interface Group {
  cells: Cell[];
  firstLine: number;
  /** The label printed just before the group (no other group in between), if any. */
  prev?: LabelRef;
  /** The label printed just after the group (no other group in between), if any. */
  next?: LabelRef;
  /** The row ordinal printed on the group's first line before its cells (`1.`), if any. */
  ordinal?: string;
  /** Words that name no row printed on the group's first line before its cells: its own label, unread. */
  ownText?: boolean;
  /** Gaps between its cells that may join digits into one number (letter-spaced: 2 9): it may hold that many cells fewer. */
  joins?: number;
}

/**
 * `joined(a, b)`: whether cell b, printed after a, may be the same number's digits (a letter-spaced
 * 2 9): on one line they count as one, so a number spaced on a line of its own still joins the
 * one-cell lines around it; a group counts its joins.
 */
export function groupCells(tokens: readonly Token[], joined?: (a: Cell, b: Cell) => boolean): Group[] {
  const base = tokens[0]?.line ?? 0;
  const counts = new Int32Array(tokens.length > 0 ? tokens[tokens.length - 1]!.line - base + 1 : 0);
  let before: Token | undefined;
  for (const t of tokens) {
    if (t.kind === 'cell' && !(joined && before?.kind === 'cell' && before.line === t.line && joined(before.cell, t.cell)))
      counts[t.line - base]!++;
    before = t;
  }
  const perLine = { get: (line: number) => counts[line - base] ?? 0 };
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastLine = -1;
  let pendingPrev: LabelRef | undefined;
  let ordinal: { digit: string; line: number } | undefined;
  let textLine = -1;
  const close = () => {
    if (current && current.cells.some((c) => !c.soft)) groups.push(current);
    else if (current) pendingPrev = current.prev; // only layout blanks: not a group
    current = null;
  };
  for (const t of tokens) {
    if (t.kind === 'cell') {
      if (current && t.line !== lastLine && ((perLine.get(t.line) ?? 0) > 1 || (perLine.get(lastLine) ?? 0) > 1)) close();
      if (!current) {
        current = { cells: [], firstLine: t.line, prev: pendingPrev };
        if (ordinal?.line === t.line) current.ordinal = ordinal.digit;
        if (textLine === t.line) current.ownText = true;
        pendingPrev = undefined;
        ordinal = undefined;
      }
      const last = current.cells[current.cells.length - 1];
      if (joined && last && joined(last, t.cell)) current.joins = (current.joins ?? 0) + 1;
      current.cells.push(t.cell);
      lastLine = t.line;
      continue;
    }
    close();
    ordinal = t.kind === 'ordinal' ? { digit: t.digit, line: t.line } : undefined;
    textLine = t.kind === 'text' ? t.line : -1;
    if (t.kind === 'label') {
      const ref = { row: t.row, line: t.line };
      const last = groups[groups.length - 1];
      // the first label after a group is its "next"; the last label before a group its "prev"
      if (!pendingPrev && last && !last.next) last.next = ref;
      pendingPrev = ref;
    }
  }
  close();
  return groups;
}

export function unionSpan(spans: readonly (Span | null | undefined)[]): Span | null {
  let a = Infinity;
  let b = -Infinity;
  for (const s of spans) {
    if (!s) continue;
    a = Math.min(a, s[0]);
    b = Math.max(b, s[1]);
  }
  return a === Infinity ? null : [a, b];
}
