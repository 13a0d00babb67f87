// `npm run --silent parse -- <file>`: one report file in, its parse as one JSON object on stdout:
// { "meta": {...}, "figures": { "<key>": number|null }, "provenance": {...}, "issues": [...] }.
// `--text <file>` prints instead the text the parser reads (lib/extract/README.md).
// Exit 0: parsed. Exit 2: not a report, unreadable, empty, an image, binary, or a usage error —
// with a one-line reason on stderr, never a stack trace.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../lib/extract';
import { parseReport } from '../lib/parser';

/** Far above any real report (the largest seen are ~1 MB PDFs); bigger input is refused unread. */
const MAX_BYTES = 20 * 1024 * 1024;

class Refusal extends Error {}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

async function run(args: string[]): Promise<string> {
  const textOnly = args.includes('--text');
  const files = args.filter((a) => a !== '--' && a !== '--text');
  if (files.length !== 1) throw new Refusal('Usage: npm run --silent parse -- [--text] <file>');
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_BYTES) throw new Refusal(`File too large (over ${MAX_BYTES / 1024 / 1024} MB): ${file}`);
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const extracted = await extractText(bytes, path.basename(file));
  if (!extracted.ok) throw new Refusal(`${extracted.reason.en} / ${extracted.reason.zh}`);
  if (textOnly) return extracted.text;
  const outcome = parseReport(extracted.text, { fileName: path.basename(file) });
  if (!outcome.ok) throw new Refusal(`${outcome.refusal.message.en} / ${outcome.refusal.message.zh}`);
  const { meta, figures, provenance, issues } = outcome.result;
  return JSON.stringify({ meta, figures, provenance, issues }, null, 2);
}

function finish(code: number, out: string | null, err: string | null): void {
  if (err !== null) process.stderr.write(`${oneLine(err)}\n`);
  if (out === null) process.exit(code);
  // Exit only once stdout has taken everything (a pipe may be slower than us).
  process.stdout.write(`${out}\n`, () => process.exit(code));
}

const fail = (e: unknown) => finish(2, null, e instanceof Refusal ? e.message : `Unreadable input: ${(e as Error)?.message ?? String(e)}`);
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
run(process.argv.slice(2)).then((out) => finish(0, out, null), fail);
