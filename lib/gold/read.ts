// A gold report's input read as lib/extract reads it in-process (scripts and tests; /methods reads
// it through the server's reader processes instead).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../extract';
import type { GoldInput } from './evaluate';
import type { GoldReport } from './types';

export async function readGoldInput(gold: GoldReport, root: string): Promise<GoldInput> {
  const bytes = new Uint8Array(readFileSync(path.join(root, gold.source)));
  const out = await extractText(bytes, path.basename(gold.source));
  if (!out.ok) throw new Error(`${gold.source}: ${out.message.en}`);
  return { gold, text: out.text, markup: gold.kind === 'html' ? new TextDecoder().decode(bytes) : null };
}
