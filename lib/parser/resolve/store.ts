// The figures being built: one entry per key, with its state, so that blank cells (which the sums
// may determine), "/" cells (deliberately not a number) and absent rows stay distinguishable.

import type { Provenance, Span } from '../types';

export type EntryState =
  | 'read' // a number printed in a cell, or a sentence figure
  | 'blank' // an empty cell
  | 'placeholder' // "/", "—", "无": printed, deliberately not a number
  | 'unreadable' // printed text no number can be read from
  | 'missing' // a cell the row or table lacks
  | 'unplaced' // digits printed for the row that cannot be placed on its cells
  | 'inferred' // determined by the table's sums
  | 'derived'; // a group sum (results.denied, litigation ...), or (六) as the sum of its sub-rows

export interface Entry {
  value: number | null;
  state: EntryState;
  prov: Provenance;
  /** Set for keys defined as the sum of other keys (group sums): never a printed cell. */
  parts?: readonly string[];
}

export type Store = Map<string, Entry>;

/** States whose null the table's sums may fill: only where nothing numeric is printed (issue #9). */
export function isInferable(e: Entry): boolean {
  return e.value === null && (e.state === 'blank' || e.state === 'missing');
}

export function known(store: Store, key: string): number | null {
  const e = store.get(key);
  return e && e.value !== null ? e.value : null;
}

export function nullEntry(state: EntryState, rule: string, span: Span | null, raw?: string): Entry {
  const prov: Provenance = { via: 'table', span, rule };
  if (raw !== undefined) prov.raw = raw;
  return { value: null, state, prov };
}
