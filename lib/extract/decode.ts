// Text decoding: BOM, then UTF-16 without BOM, then strict UTF-8, then the best-scoring of the
// legacy Chinese encodings (GB18030 ⊃ GBK ⊃ GB2312, Big5) and chardet's guesses. Candidates are
// scored on a sample by how much of it reads as plausible Chinese/ASCII text.

import chardet from 'chardet';
import iconv from 'iconv-lite';
import { COMMON_HANZI } from './common-hanzi';

export interface Decoded {
  text: string;
  encoding: string;
  /** Share of characters that no real text contains (controls, U+FFFD, private use): noise indicator. */
  badRatio: number;
  /** Share of Han characters that are common ones; null when the sample has fewer than 50 Han characters. */
  commonHanRatio: number | null;
}

const SAMPLE_BYTES = 64 * 1024;
/** Real text has almost no control/replacement characters: above this share it is noise. */
export const MAX_BAD_RATIO = 0.02;

interface Stats {
  chars: number;
  bad: number;
  han: number;
  commonHan: number;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function stats(text: string): Stats {
  const s: Stats = { chars: 0, bad: 0, han: 0, commonHan: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s.chars++;
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) s.bad++;
    } else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x7f && c < 0xa0)) {
      s.bad++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // Lone surrogates only; a valid pair is one (rare) character.
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else s.bad++;
    } else if (isHan(c)) {
      s.han++;
      if (COMMON_HANZI.has(text[i]!)) s.commonHan++;
    }
  }
  return s;
}

/** Higher is more plausible: common Han characters count most, noise costs most. */
function score(s: Stats): number {
  return s.commonHan * 3 + (s.chars - s.bad - s.han) * 0.5 + (s.han - s.commonHan) * 0.2 - s.bad * 10;
}

function toDecoded(text: string, encoding: string): Decoded {
  const s = stats(text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text);
  return {
    text,
    encoding,
    badRatio: s.chars ? s.bad / s.chars : 0,
    commonHanRatio: s.han >= 50 ? s.commonHan / s.han : null,
  };
}

function iconvName(name: string): string | null {
  const n = name.toLowerCase();
  if (n === 'gb2312' || n === 'gbk' || n === 'gb18030' || n === 'x-gbk' || n === 'cp936') return 'gb18030';
  if (n === 'big5' || n === 'big5-hkscs' || n === 'x-big5') return 'big5';
  if (n === 'utf-16le' || n === 'utf-16be' || n === 'utf-8') return n;
  return iconv.encodingExists(n) ? n : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

function bom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without BOM: ASCII characters put their zero byte on one parity only. */
function utf16Guess(sample: Uint8Array): string | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Chinese text is mostly non-ASCII: a few line ends and digits are enough evidence.
  const min = Math.max(2, sample.length / 2 / 500);
  if (odd >= min && even < odd * 0.1) return 'utf-16le';
  if (even >= min && odd < even * 0.1) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte character cut off at the end of a truncated file.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** `declared`: a charset the document itself names (HTML meta), tried first among legacy ones. */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  const b = bom(bytes);
  if (b) return toDecoded(decodeWith(bytes.subarray(b.length), b.encoding), b.encoding);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16Guess(sample.subarray(0, sample.length & ~1));
  if (utf16) {
    const d = toDecoded(decodeWith(bytes.subarray(0, bytes.length & ~1), utf16), utf16);
    if (d.badRatio < 0.01) return d;
  }
  if (isUtf8(bytes)) return toDecoded(new TextDecoder('utf-8').decode(bytes), 'utf-8');

  const candidates = new Set<string>();
  const declaredName = declared ? iconvName(declared) : null;
  if (declaredName && declaredName !== 'utf-8') candidates.add(declaredName);
  candidates.add('gb18030');
  candidates.add('big5');
  // UTF-16 without BOM and without any ASCII character has no zero bytes to give it away.
  candidates.add('utf-16le');
  candidates.add('utf-16be');
  for (const m of chardet.analyse(sample).slice(0, 3)) {
    const name = iconvName(m.name);
    if (name) candidates.add(name);
  }
  candidates.add('utf-8');
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    const s = score(stats(decodeWith(sample, encoding)));
    // A declared charset wins ties: the page says what it is.
    if (!best || s > best.score) best = { encoding, score: s };
  }
  const encoding = best!.encoding;
  // Noise is judged on the sample: binary input is not worth decoding in full.
  const sampled = toDecoded(decodeWith(sample, encoding), encoding);
  if (sampled.badRatio > MAX_BAD_RATIO || bytes.length === sample.length) return sampled;
  return toDecoded(decodeWith(bytes, encoding), encoding);
}
