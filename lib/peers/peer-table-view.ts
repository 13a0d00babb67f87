// What /j's peer table receives (lib/peers/peer-table.ts makes it on the server): strings in one
// language. Types only, so the client table may import it.

import type { UnrankedNote } from '@/lib/tables/rate-card-view';

/** The report's own value on a measure: its value (or "not computed"), its base, why it is not ranked. */
export interface PeerOwnView {
  value: string;
  noValue?: true;
  base?: string;
  standing?: UnrankedNote;
}

/** A peer group's column on a measure: median, range and rank, or why it is not compared. */
export interface PeerCellView {
  group: string;
  enough: boolean;
  median?: string;
  range?: string;
  rank?: string;
  notEnough?: string;
  /** Peers the guardrails left out (too few, failed sums). */
  leftOut?: string;
}

export interface PeerTableView {
  head: { measure: string; self: string; groups: { id: string; label: string }[] };
  rows: { id: string; label: string; definition: string; own: PeerOwnView; cells: PeerCellView[] }[];
  note: string;
}
