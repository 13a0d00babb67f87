// The accuracy table /methods publishes: the gold set (data/gold/) read as uploads are read (the
// process's reader: extraction in a child process with limits), parsed, and scored by the same code
// as `npm run eval`. Computed once per server process, on first use: the figures always belong to
// the parser the server runs.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedReader } from '../ingest';
import { PARSER_VERSION } from '../parser';
import { evaluate, type GoldInput } from './evaluate';
import { loadGold } from './load';
import { addTally, emptyTally, type Tally } from './score';

export interface AccuracyRow {
  id: string;
  set: string;
  kind: string;
  format: string;
  figures: Tally;
  meta: Tally;
  refused: string | null;
}

export interface Accuracy {
  parserVersion: string;
  /** ISO date the table was computed. */
  computedOn: string;
  reports: AccuracyRow[];
  bySet: { set: string; figures: Tally; meta: Tally; reports: number }[];
  damaged: { variants: number; figures: Tally; meta: Tally };
  /** Reports of the national format rendered in layouts no gold file has (lib/gold/layouts). */
  layouts: { kinds: number; renderings: number; figures: Tally; meta: Tally };
  /** The same reports with the format itself reworked as real reports do (lib/gold/layouts/twists.ts). */
  twists: { kinds: number; renderings: number; figures: Tally; meta: Tally };
  /** Gold files that could not be read (named, never silently dropped). */
  unreadable: string[];
}

async function compute(root: string): Promise<Accuracy> {
  const reader = sharedReader();
  const inputs: GoldInput[] = [];
  const unreadable: string[] = [];
  for (const gold of loadGold(root)) {
    const bytes = new Uint8Array(readFileSync(path.join(root, gold.source)));
    const read = await reader.readText(bytes, path.basename(gold.source));
    if (!read.ok) unreadable.push(`${gold.id}: ${read.message.en}`);
    else inputs.push({ gold, text: read.text, markup: gold.kind === 'html' ? new TextDecoder().decode(bytes) : null });
  }
  const ev = evaluate(inputs);
  const reports = ev.reports.map((r) => ({
    id: r.id,
    set: r.set,
    kind: r.kind,
    format: r.format,
    figures: r.score.figures,
    meta: r.score.meta,
    refused: r.score.refused,
  }));
  const bySet = ['dev', 'unseen'].map((set) => {
    const rows = reports.filter((r) => r.set === set);
    return {
      set,
      reports: rows.length,
      figures: rows.reduce((t, r) => addTally(t, r.figures), emptyTally()),
      meta: rows.reduce((t, r) => addTally(t, r.meta), emptyTally()),
    };
  });
  const damaged = {
    variants: ev.damaged.reduce((n, d) => n + d.variants, 0),
    figures: ev.damaged.reduce((t, d) => addTally(t, d.figures), emptyTally()),
    meta: ev.damaged.reduce((t, d) => addTally(t, d.meta), emptyTally()),
  };
  const summary = (rows: readonly { renderings: number; figures: Tally; meta: Tally }[]) => ({
    kinds: rows.length,
    renderings: rows.reduce((n, l) => n + l.renderings, 0),
    figures: rows.reduce((t, l) => addTally(t, l.figures), emptyTally()),
    meta: rows.reduce((t, l) => addTally(t, l.meta), emptyTally()),
  });
  return {
    parserVersion: PARSER_VERSION,
    computedOn: new Date().toISOString().slice(0, 10),
    reports,
    bySet,
    damaged,
    layouts: summary(ev.layouts),
    twists: summary(ev.twists),
    unreadable,
  };
}

let cached: Promise<Accuracy> | null = null;

/** The accuracy table of the running parser (computed on first call, then kept). */
export function accuracy(root = process.cwd()): Promise<Accuracy> {
  cached ??= compute(root).catch((e: unknown) => {
    cached = null; // a failure is not kept: the next request tries again
    throw e;
  });
  return cached;
}
