// `npm run --silent parse -- <file>`: one report file in, its parse as one JSON object on stdout:
// { "meta": {...}, "figures": { "<key>": number|null }, "provenance": {...}, "issues": [...] }.
// `--text <file>` prints instead the text the parser reads (lib/extract/README.md).
// The file is read by the one ingest step (lib/ingest), in a reader process with time and memory
// limits, as uploads and ingest read it.
// A scan (image-only PDF, PNG/JPEG/TIFF) is recognised (lib/ocr) in an OCR process, then parsed.
// Exit 0: parsed. Exit 2: not a report, unreadable, empty, binary, over a reading limit,
// or a usage error — with a one-line reason on stderr, never a stack trace.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkFileSize, createReader, type ReadOutcome, type ReadRefusal } from '../lib/ingest';
import { createOcrPool, ocrWorkerLimits } from '../lib/ocr/pool';
import { readRecognised } from '../lib/ocr/read';
import { needsRecognition } from '../lib/ocr/scan-codes';

class Refusal extends Error {}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const reason = (r: ReadRefusal) => `${r.message.en} / ${r.message.zh} [${r.code}]`;

async function run(args: string[]): Promise<string> {
  const textOnly = args.includes('--text');
  const files = args.filter((a) => a !== '--' && a !== '--text');
  if (files.length !== 1) throw new Refusal('Usage: npm run --silent parse -- [--text] <file>');
  const file = files[0]!;
  const reader = createReader({ readers: 1 });
  let bytes: Uint8Array;
  try {
    const tooLarge = checkFileSize(statSync(file).size);
    if (tooLarge) throw new Refusal(`${reason(tooLarge)}: ${file}`);
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (textOnly) {
    const read = await reader.readText(bytes, path.basename(file));
    if (!read.ok) throw new Refusal(reason(read));
    return read.text;
  }
  let read = await reader.read(bytes, path.basename(file));
  if (!read.ok && needsRecognition(read.code)) read = await recognise(bytes, path.basename(file));
  if (!read.ok) throw new Refusal(reason(read));
  const { meta, figures, provenance, issues } = read.result;
  return JSON.stringify({ meta, figures, provenance, issues }, null, 2);
}

/** A scan: recognised in an OCR process (seconds a page; the one-second budget is for files with text). */
async function recognise(bytes: Uint8Array, name: string): Promise<ReadOutcome> {
  const limits = ocrWorkerLimits();
  const ocr = createOcrPool(limits, path.resolve(import.meta.dirname, '..'));
  try {
    const outcome = await ocr.run({ bytes, limits: { maxPages: limits.maxPages } });
    if (!outcome.ok) return { ok: false, code: outcome.code, message: outcome.message, httpStatus: 422 };
    const { doc, fileType, mimeType } = outcome.recognised;
    return readRecognised(doc, name, { fileType, mimeType });
  } finally {
    await ocr.close();
  }
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
