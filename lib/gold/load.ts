// Reading the gold set from data/gold/ (scripts, tests and /methods: the parser itself does no I/O).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
