// A one-page scan for tests: a bundled seed's title and one statistics table (3 or 4) typeset and
// put through a scanner's damage, with the figures its text version reads to for that table. Small
// enough to recognise in seconds; seeded, so the same page every run. Test data only.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../figures/keys';
import { parseReport } from '../../parser';
import { scanPage, seeded, type Damage } from './damage';
import { reportBlocks, typeset } from './typeset';

export interface TableScan {
  /** The page as a scanner returns it (JPEG). */
  jpeg: Buffer;
  /** The table's figures as the text version reads them (non-null values). */
  expected: Record<string, number>;
}

const HEADINGS = { 3: '三', 4: '四' } as const;
const KEYS = { 3: /^(applications|results|carriedForward)\./, 4: /^(review|litigation)/ } as const;

export async function tableScan(
  root: string,
  options: { seed: string; table: 3 | 4; dpi: number; damage: Damage; random: number; zeros?: boolean },
): Promise<TableScan> {
  const text = readFileSync(path.join(root, 'data/reports/seeds', options.seed), 'utf8');
  const parsed = parseReport(text);
  if (!parsed.ok) throw new Error(`seed ${options.seed} not read`);
  const result = parsed.result;
  if (options.zeros && options.table === 4)
    for (const g of TABLE4_GROUPS)
      for (const c of TABLE4_COLUMNS) {
        result.figures[`${g.id}.${c.id}`] = 0;
        result.provenance[`${g.id}.${c.id}`]!.raw = '0';
      }
  const blocks = reportBlocks(result, text, 0);
  const heading = blocks.findIndex((b) => b.kind === 'heading' && b.text?.startsWith(HEADINGS[options.table]));
  // The title, the table's heading and the table drawn after it.
  const [page] = typeset([blocks[0]!, blocks[heading]!, blocks[heading + 1]!], options.dpi);
  const expected: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.figures)) if (v !== null && KEYS[options.table].test(k)) expected[k] = v;
  return { jpeg: await scanPage(page!, options.damage, seeded(options.random)), expected };
}
