// The contract of lib/extract: bytes in, the text parseReport reads (or a refusal) out.

/** 'image': a PNG/JPEG/TIFF scan, read only by text recognition (lib/ocr). */
export type FileType = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'doc' | 'image';

/** Why bytes could not be turned into report text. */
export type RefusalCode =
  | 'EMPTY' // no bytes, or nothing but whitespace
  | 'IMAGE' // PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC/AVIF
  | 'ARCHIVE' // zip (not docx), gzip, 7z, rar, bzip2, xz, tar, zstd
  | 'EXECUTABLE' // ELF, PE, Mach-O, wasm
  | 'UNSUPPORTED_DOCUMENT' // .xls/.ppt (OLE2), xlsx, pptx, a .wps that is not in Word's format
  | 'SCANNED_PDF' // a PDF without a text layer
  | 'ENCRYPTED_PDF'
  | 'BINARY' // bytes that decode to no plausible text in any supported encoding
  | 'UNREADABLE' // a PDF/DOCX/DOC the reader library could not open
  // Over a reading limit (ExtractLimits): decompression bombs and pathological documents.
  | 'TOO_MANY_ENTRIES' // a DOCX (zip) with more entries than maxArchiveEntries
  | 'INFLATED_TOO_LARGE' // a DOCX whose entries inflate to more than maxInflatedBytes in total
  | 'COMPRESSION_RATIO' // a DOCX entry compressed more than maxCompressionRatio : 1
  | 'TOO_MANY_PAGES' // a PDF of more than maxPdfPages pages
  | 'HTML_TOO_LARGE' // an HTML page over maxHtmlBytes
  | 'HTML_TOO_DEEP'; // HTML (or a DOCX's) elements nested deeper than maxHtmlDepth

/** What one file may cost to read. Real reports are far inside every one of these. */
export interface ExtractLimits {
  /** Sum of the inflated sizes of a DOCX's entries. */
  maxInflatedBytes: number;
  maxArchiveEntries: number;
  /** Inflated : compressed size of one entry, checked once the entry is over ratioGraceBytes. */
  maxCompressionRatio: number;
  /** Entries smaller than this inflated are not held to the ratio (tiny XML parts compress well). */
  ratioGraceBytes: number;
  maxPdfPages: number;
  maxHtmlBytes: number;
  /** Element nesting depth of HTML, and of the HTML a DOCX becomes. */
  maxHtmlDepth: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = {
  maxInflatedBytes: 64 * 1024 * 1024,
  maxArchiveEntries: 2000,
  maxCompressionRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  maxPdfPages: 500,
  maxHtmlBytes: 10 * 1024 * 1024,
  maxHtmlDepth: 256,
};

export interface Extracted {
  ok: true;
  /** `\n` line ends, no BOM, no control characters other than `\n` and `\t` (see README.md). */
  text: string;
  fileType: FileType;
  mimeType: string;
  /** Encoding the bytes were decoded from (text and HTML only): utf-8, utf-16le, gb18030, big5 ... */
  encoding?: string;
  /** The images of an HTML page or a DOCX, in the order of the text (not in it): statistics tables
   * printed as pictures, for text recognition to read (lib/ocr). */
  images?: ImageRef[];
}

/** An image of a document: an HTML `<img>`'s address as written, or a DOCX part's content type. */
export interface ImageRef {
  src?: string;
  contentType?: string;
}

export interface ExtractRefusal {
  ok: false;
  code: RefusalCode;
  /** One line each, for a CLI's stderr or a UI notice. */
  message: { zh: string; en: string };
}

export type ExtractOutcome = Extracted | ExtractRefusal;
