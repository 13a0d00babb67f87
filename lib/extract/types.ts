// The contract of lib/extract: bytes in, the text parseReport reads (or a refusal) out.

export type FileType = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** Why bytes could not be turned into report text. */
export type RefusalCode =
  | 'EMPTY' // no bytes, or nothing but whitespace
  | 'IMAGE' // PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC/AVIF
  | 'ARCHIVE' // zip (not docx), gzip, 7z, rar, bzip2, xz, tar, zstd
  | 'EXECUTABLE' // ELF, PE, Mach-O, wasm
  | 'UNSUPPORTED_DOCUMENT' // legacy .doc/.xls (OLE2), xlsx, pptx
  | 'SCANNED_PDF' // a PDF without a text layer
  | 'ENCRYPTED_PDF'
  | 'BINARY' // bytes that decode to no plausible text in any supported encoding
  | 'UNREADABLE'; // a PDF/DOCX the reader library could not open

export interface Extracted {
  ok: true;
  /** `\n` line ends, no BOM, no control characters other than `\n` and `\t` (see README.md). */
  text: string;
  fileType: FileType;
  mimeType: string;
  /** Encoding the bytes were decoded from (text and HTML only): utf-8, utf-16le, gb18030, big5 ... */
  encoding?: string;
}

export interface ExtractRefusal {
  ok: false;
  code: RefusalCode;
  /** One line each, for a CLI's stderr or a UI notice. */
  reason: { zh: string; en: string };
}

export type ExtractOutcome = Extracted | ExtractRefusal;
