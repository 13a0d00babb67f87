// Refusals this module adds to the extractor's and the parser's: the file's size, and a reader
// process stopped for its time or memory. Every refusal leaves here in one shape (types.ts).

import type { Message, ReadRefusal } from './types';

export type ReaderRefusalCode = 'FILE_TOO_LARGE' | 'TIMEOUT' | 'MEMORY_LIMIT' | 'READER_FAILED';

const MESSAGES: Record<ReaderRefusalCode, Message> = {
  FILE_TOO_LARGE: { zh: '文件超过大小限制', en: 'The file is over the size limit' },
  TIMEOUT: { zh: '读取文件超时，已中止', en: 'Reading the file took too long and was stopped' },
  MEMORY_LIMIT: { zh: '读取文件所需内存超过限制，已中止', en: 'Reading the file needed more memory than allowed and was stopped' },
  READER_FAILED: { zh: '读取文件的进程意外退出', en: 'The process reading the file stopped unexpectedly' },
};

/** A refusal of the file's content (or of what reading it cost): 422. */
export function contentRefusal(code: string, message: Message): ReadRefusal {
  return { ok: false, code, message, httpStatus: 422 };
}

export function readerRefusal(code: ReaderRefusalCode, detail?: string): ReadRefusal {
  const base = MESSAGES[code];
  const message = detail ? { zh: `${base.zh}（${detail}）`, en: `${base.en} (${detail})` } : base;
  return { ok: false, code, message, httpStatus: code === 'FILE_TOO_LARGE' ? 413 : 422 };
}

/**
 * Refusals that say what reading cost on this machine at this moment, not what the file is: a
 * stored source refused this way is kept (reparse retries it later), never removed.
 */
export function isResourceRefusal(code: string): boolean {
  return code === 'TIMEOUT' || code === 'MEMORY_LIMIT' || code === 'READER_FAILED';
}
