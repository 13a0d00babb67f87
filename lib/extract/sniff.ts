// Content sniffing: what the bytes are, by their magic numbers, whatever the file name says.

import type { RefusalCode } from './types';

export type Sniffed =
  { kind: 'pdf' } | { kind: 'docx' } | { kind: 'doc' } | { kind: 'text' } | { kind: 'refuse'; code: RefusalCode; detail: string };

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** Index of an ASCII needle in bytes, or -1. Used on zip directories and PDF headers only. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const n = ascii(needle);
  const first = n[0];
  const end = Math.min(to, bytes.length) - n.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

interface Magic {
  bytes: readonly number[];
  at?: number;
  code: RefusalCode;
  detail: string;
}

const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'IMAGE', detail: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], code: 'IMAGE', detail: 'JPEG' },
  { bytes: ascii('GIF87a'), code: 'IMAGE', detail: 'GIF' },
  { bytes: ascii('GIF89a'), code: 'IMAGE', detail: 'GIF' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], code: 'IMAGE', detail: 'TIFF' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], code: 'IMAGE', detail: 'TIFF' },
  { bytes: [0x1f, 0x8b], code: 'ARCHIVE', detail: 'gzip' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'ARCHIVE', detail: '7z' },
  { bytes: ascii('Rar!\x1a\x07'), code: 'ARCHIVE', detail: 'rar' },
  { bytes: [0x42, 0x5a, 0x68], code: 'ARCHIVE', detail: 'bzip2' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], code: 'ARCHIVE', detail: 'xz' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], code: 'ARCHIVE', detail: 'zstd' },
  { bytes: ascii('ustar'), at: 257, code: 'ARCHIVE', detail: 'tar' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], code: 'EXECUTABLE', detail: 'ELF' },
  { bytes: [0xfe, 0xed, 0xfa, 0xce], code: 'EXECUTABLE', detail: 'Mach-O' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], code: 'EXECUTABLE', detail: 'Mach-O' },
  { bytes: [0xce, 0xfa, 0xed, 0xfe], code: 'EXECUTABLE', detail: 'Mach-O' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], code: 'EXECUTABLE', detail: 'Mach-O' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], code: 'EXECUTABLE', detail: 'Mach-O universal' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], code: 'EXECUTABLE', detail: 'WebAssembly' },
];

/** PE: "MZ" whose e_lfanew field points at "PE\0\0" (a bare "MZ" could start a text file). */
function isPe(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x4d, 0x5a]) || bytes.length < 64) return false;
  const offset = (bytes[60] ?? 0) | ((bytes[61] ?? 0) << 8) | ((bytes[62] ?? 0) << 16);
  return startsWith(bytes, [0x50, 0x45, 0x00, 0x00], offset);
}

/** BMP: "BM", then a size and two reserved zero words (checked so "BM…" text is not refused). */
function isBmp(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 26 && startsWith(bytes, [0, 0, 0, 0], 6);
}

function isRiffWebp(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
}

/** ISO-BMFF images (HEIC, AVIF): "ftyp" at 4 with an image brand. */
function isHeifImage(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  return ['heic', 'heix', 'mif1', 'msf1', 'avif', 'avis'].includes(brand);
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function sniffZip(bytes: Uint8Array): Sniffed {
  // File names are stored uncompressed in local headers and the central directory.
  if (indexOfAscii(bytes, 'word/document.xml') >= 0) return { kind: 'docx' };
  if (indexOfAscii(bytes, 'xl/workbook.xml') >= 0) return { kind: 'refuse', code: 'UNSUPPORTED_DOCUMENT', detail: 'xlsx' };
  if (indexOfAscii(bytes, 'ppt/presentation.xml') >= 0) return { kind: 'refuse', code: 'UNSUPPORTED_DOCUMENT', detail: 'pptx' };
  return { kind: 'refuse', code: 'ARCHIVE', detail: 'zip' };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A stream name as an OLE directory stores it (UTF-16LE), searched for in the bytes. */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  return indexOfAscii(bytes, [...name].join('\0')) >= 0;
}

/** An OLE compound file: old Word (and WPS Writer's .wps, which is Word's format) is read; Excel,
 * PowerPoint and other OLE documents (Works' .wps) are not. */
function sniffOle(bytes: Uint8Array): Sniffed {
  if (hasOleStream(bytes, 'WordDocument')) return { kind: 'doc' };
  if (hasOleStream(bytes, 'Workbook') || hasOleStream(bytes, 'Book'))
    return { kind: 'refuse', code: 'UNSUPPORTED_DOCUMENT', detail: 'xls' };
  if (hasOleStream(bytes, 'PowerPoint Document')) return { kind: 'refuse', code: 'UNSUPPORTED_DOCUMENT', detail: 'ppt' };
  return { kind: 'refuse', code: 'UNSUPPORTED_DOCUMENT', detail: 'an Office file with no Word document in it, or a damaged one' };
}

export function sniff(bytes: Uint8Array): Sniffed {
  // The PDF header may follow some junk bytes; readers accept it within the first 1 KB.
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, OLE)) return sniffOle(bytes);
  for (const m of MAGICS) if (startsWith(bytes, m.bytes, m.at ?? 0)) return { kind: 'refuse', code: m.code, detail: m.detail };
  if (isPe(bytes)) return { kind: 'refuse', code: 'EXECUTABLE', detail: 'PE (Windows)' };
  if (isBmp(bytes)) return { kind: 'refuse', code: 'IMAGE', detail: 'BMP' };
  if (isRiffWebp(bytes)) return { kind: 'refuse', code: 'IMAGE', detail: 'WebP' };
  if (isHeifImage(bytes)) return { kind: 'refuse', code: 'IMAGE', detail: 'HEIF/AVIF' };
  return { kind: 'text' };
}
