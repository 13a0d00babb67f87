// A one-page scan for tests: a bundled seed's title and one statistics table (3 or 4) typeset and
// put through a scanner's damage, with the figures its text version reads to for that table. Small
// enough to recognise in seconds; seeded, so the same page every run. Test data only. Also the
// same table as a picture inside the report's text (tableImageReport): a DOCX or a web page whose
// table is an image.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../figures/keys';
import { parseReport } from '../../parser';
import { scanPage, seeded, type Damage } from './damage';
import { reportBlocks, typeset, type Block, type TypesetPage } from './typeset';

export interface TableScan {
  /** The page as a scanner returns it (JPEG). */
  jpeg: Buffer;
  /** The table's figures as the text version reads them (non-null values). */
  expected: Record<string, number>;
}

const HEADINGS = { 3: '三', 4: '四' } as const;
const KEYS = { 3: /^(applications|results|carriedForward)\./, 4: /^(review|litigation)/ } as const;

interface ScanOptions {
  seed: string;
  table: 3 | 4;
  dpi: number;
  damage: Damage;
  random: number;
  zeros?: boolean;
}

/** The seed's text, its blocks as typeset, where the table's heading is, and the table's figures. */
function seedTable(
  root: string,
  options: ScanOptions,
): { text: string; blocks: Block[]; heading: number; expected: Record<string, number> } {
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
  const expected: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.figures)) if (v !== null && KEYS[options.table].test(k)) expected[k] = v;
  return { text, blocks, heading, expected };
}

export async function tableScan(root: string, options: ScanOptions): Promise<TableScan> {
  const { blocks, heading, expected } = seedTable(root, options);
  // The title, the table's heading and the table drawn after it.
  const [page] = typeset([blocks[0]!, blocks[heading]!, blocks[heading + 1]!], options.dpi);
  return { jpeg: await scanPage(page!, options.damage, seeded(options.random)), expected };
}

/** The part of a page its tables cover, with a margin: a table as a picture, not a page. */
function cropToTables(page: TypesetPage): TypesetPage {
  const margin = Math.round(page.width * 0.04);
  const x0 = Math.max(0, Math.floor(Math.min(...page.tables.map((t) => t.x)) - margin));
  const y0 = Math.max(0, Math.floor(Math.min(...page.tables.map((t) => t.y)) - margin));
  const x1 = Math.min(page.width, Math.ceil(Math.max(...page.tables.map((t) => t.x + t.w)) + margin));
  const y1 = Math.min(page.height, Math.ceil(Math.max(...page.tables.map((t) => t.y + t.h)) + margin));
  const width = x1 - x0;
  const height = y1 - y0;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    rgba.set(page.rgba.subarray(((y0 + y) * page.width + x0) * 4, ((y0 + y) * page.width + x1) * 4), y * width * 4);
  return { width, height, rgba, tables: page.tables.map((t) => ({ ...t, x: t.x - x0, y: t.y - y0 })) };
}

export interface TableImageReport extends TableScan {
  /** The seed's lines up to the table's heading (included), and from the next section on: the
   * table's image stands between them. */
  before: string[];
  after: string[];
}

/** Where a table's cells stand in a seed's text: from the line after its heading to the next section's heading. */
const SECTION = { 3: [/^三、.*申请/, /^四、.*(复议|诉讼)/], 4: [/^四、.*(复议|诉讼)/, /^五、/] } as const;

/** A seed report whose table is a picture (typeset alone, cropped, with the scanner's damage) in its text. */
export async function tableImageReport(root: string, options: ScanOptions): Promise<TableImageReport> {
  const { text, blocks, heading, expected } = seedTable(root, options);
  const lines = text.split('\n');
  const [startRe, endRe] = SECTION[options.table];
  const start = lines.findIndex((l) => startRe.test(l.trim()));
  const end = lines.findIndex((l, i) => i > start && endRe.test(l.trim()));
  if (start < 0 || end < 0) throw new Error(`table ${options.table} not found in ${options.seed}`);
  const [page] = typeset([blocks[heading + 1]!], options.dpi);
  const jpeg = await scanPage(cropToTables(page!), options.damage, seeded(options.random));
  return { jpeg, expected, before: lines.slice(0, start + 1), after: lines.slice(end) };
}
