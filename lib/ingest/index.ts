// The one ingest step: bytes + file name (+ what is known of their source) → the report's text and
// parse, or a refusal as data ({ code, message: { zh, en }, httpStatus }). Every reader goes
// through it: uploads (preview and save), POST /api/reports, npm run ingest / reparse / parse, and
// collection. Reading happens in reader processes with time and memory limits (pool.ts); storing
// is lib/db/ingest's. See README.md.

import { readerLimits, type ReaderLimits } from './limits';
import { ReaderPool, type ChildCommand } from './pool';
import type { ReadRequest } from './read';
import { readerRefusal } from './refusals';
import type { ReadOutcome, ReadRefusal, SourceFacts, TextOutcome } from './types';

export { maxFileBytes, readerLimits, type ReaderLimits } from './limits';
export { contentRefusal, isResourceRefusal, readerRefusal } from './refusals';
export { tableFigureCount } from './read';
export {
  figureValues,
  normaliseBody,
  preferredSource,
  sameReport,
  type FigureValues,
  type ReportIdentity,
  type SourceRank,
} from './same-report';
export type { FileType, Message, ReadOutcome, ReadRefusal, ReportRead, SourceFacts, TextOutcome, TextRead } from './types';

export interface ReaderOptions extends Partial<ReaderLimits> {
  /** Extraction limits (lib/extract's defaults otherwise): tests lower them. */
  extractLimits?: ReadRequest['limits'];
  /** Another reader process (tests: one that hangs). */
  command?: ChildCommand;
}

export interface Reader {
  /** Extracts and parses one file. Never throws: a refusal is an outcome. */
  read(bytes: Uint8Array, fileName: string, facts?: SourceFacts): Promise<ReadOutcome>;
  /** Only the text the parser would read (npm run parse -- --text). */
  readText(bytes: Uint8Array, fileName: string, facts?: SourceFacts): Promise<TextOutcome>;
  /** Stops its reader processes (a CLI that is done; tests). */
  close(): Promise<void>;
}

/** The charset parameter of a Content-Type (`text/html; charset=GBK` → `gbk`). */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The refusal of a file over the size limit, or null. For callers that can tell the size before reading the bytes. */
export function checkFileSize(size: number, limit: number = readerLimits().maxFileBytes): ReadRefusal | null {
  const mb = (n: number) => `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  return size > limit ? readerRefusal('FILE_TOO_LARGE', `${mb(size)} > ${mb(limit)}`) : null;
}

export function createReader(options: ReaderOptions = {}): Reader {
  const limits = { ...readerLimits(), ...options };
  const pool = new ReaderPool(limits, options.command);
  const run = (bytes: Uint8Array, fileName: string, facts: SourceFacts | undefined, mode: ReadRequest['mode']) => {
    const tooLarge = checkFileSize(bytes.byteLength, limits.maxFileBytes);
    if (tooLarge) return Promise.resolve(tooLarge);
    return pool.run({ bytes, fileName, mode, charset: charsetOf(facts?.contentType), limits: options.extractLimits });
  };
  return {
    read: (bytes, fileName, facts) => run(bytes, fileName, facts, 'report') as Promise<ReadOutcome>,
    readText: (bytes, fileName, facts) => run(bytes, fileName, facts, 'text') as Promise<TextOutcome>,
    close: () => pool.close(),
  };
}

let shared: Reader | null = null;

/** The process's reader (created on first use; its idle processes never keep the process alive). */
export function sharedReader(): Reader {
  shared ??= createReader();
  return shared;
}

/** Reads one file with the process's shared reader. */
export function readReport(bytes: Uint8Array, fileName: string, facts?: SourceFacts): Promise<ReadOutcome> {
  return sharedReader().read(bytes, fileName, facts);
}
