// Reading the gold set from data/gold/ (scripts and tests only: the parser itself does no I/O).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../extract';
import type { GoldReport, GoldSet } from './types';

const SETS: readonly GoldSet[] = ['dev', 'unseen'];

/** The gold reports under `root`/data/gold (root: the repository's). */
export function loadGold(root: string): GoldReport[] {
  return SETS.flatMap((set) =>
    readdirSync(path.join(root, 'data/gold', set))
      .filter((f) => f.endsWith('.json') && f !== 'history.json')
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(root, 'data/gold', set, f), 'utf8')) as GoldReport),
  );
}

export interface GoldInput {
  gold: GoldReport;
  /** The text lib/extract gives for the file, as upload and ingest read it. */
  text: string;
  /** The file's own text, for HTML (its damages are of the markup). */
  markup: string | null;
}

export async function readGoldInput(gold: GoldReport, root: string): Promise<GoldInput> {
  const bytes = new Uint8Array(readFileSync(path.join(root, gold.source)));
  const out = await extractText(bytes, path.basename(gold.source));
  if (!out.ok) throw new Error(`${gold.source}: ${out.message.en}`);
  return { gold, text: out.text, markup: gold.kind === 'html' ? new TextDecoder().decode(bytes) : null };
}
