// What a reader process does with one file: extract its text (lib/extract, with its limits), then
// parse it (lib/parser). Runs inside the child process (child.ts); never throws.

import { extractText, type ExtractLimits } from '../extract';
import { parseReport } from '../parser';
import type { ParseResult } from '../parser/types';
import { contentRefusal } from './refusals';
import type { ReadOutcome, TextOutcome } from './types';

export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
  /** 'text': extraction only (`npm run parse -- --text`). */
  mode: 'report' | 'text';
  /** The charset of a Content-Type the bytes came with. */
  charset: string | null;
  /** Tests lower these; everything else reads with the defaults. */
  limits?: Partial<ExtractLimits>;
}

/** Figures with a value whose provenance is a table cell. */
export function tableFigureCount(result: ParseResult): number {
  let n = 0;
  for (const [key, value] of Object.entries(result.figures)) if (value !== null && result.provenance[key]?.via === 'table') n++;
  return n;
}

export async function readInProcess(request: ReadRequest): Promise<ReadOutcome | TextOutcome> {
  // A Node Buffer sent over IPC arrives as a Buffer, which pdf.js refuses: always a plain view.
  const bytes = new Uint8Array(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const extracted = await extractText(bytes, request.fileName, { charset: request.charset, limits: request.limits });
  if (!extracted.ok) return contentRefusal(extracted.code, extracted.message);
  const text = {
    ok: true as const,
    text: extracted.text,
    fileType: extracted.fileType,
    mimeType: extracted.mimeType,
    encoding: extracted.encoding ?? null,
  };
  if (request.mode === 'text') return text;
  const outcome = parseReport(extracted.text, { fileName: request.fileName });
  if (!outcome.ok) return contentRefusal(outcome.refusal.code, outcome.refusal.message);
  return { ...text, result: outcome.result, tableFigures: tableFigureCount(outcome.result) };
}
