// One-line reasons, in Chinese and English, for every refusal code.

import type { ExtractRefusal, RefusalCode } from './types';

const MESSAGES: Record<RefusalCode, { zh: string; en: string }> = {
  EMPTY: { zh: '文件为空', en: 'The file is empty' },
  IMAGE: { zh: '文件是图片，不支持文字识别（OCR）', en: 'The file is an image; OCR is not supported' },
  ARCHIVE: { zh: '文件是压缩包，请先解压出报告文件', en: 'The file is an archive; extract the report from it first' },
  EXECUTABLE: { zh: '文件是可执行程序，不是报告', en: 'The file is an executable program, not a report' },
  UNSUPPORTED_DOCUMENT: {
    zh: '不支持此文档格式（请另存为 .docx、.doc、.pdf 或 .html）',
    en: 'Unsupported document format (save it as .docx, .doc, .pdf or .html)',
  },
  SCANNED_PDF: {
    zh: 'PDF 没有文字层（扫描图片），不支持文字识别（OCR）',
    en: 'PDF has no text layer (scanned image); OCR is not supported',
  },
  ENCRYPTED_PDF: { zh: 'PDF 已加密，无法读取', en: 'The PDF is encrypted and cannot be read' },
  BINARY: {
    zh: '文件不是可识别编码的文本（二进制数据或未知编码）',
    en: 'The file is not text in any supported encoding (binary data or unknown encoding)',
  },
  UNREADABLE: { zh: '文件已损坏或无法读取', en: 'The file is damaged or cannot be read' },
  TOO_MANY_ENTRIES: { zh: '文档包含的部件过多，不像报告', en: 'The document holds too many parts to be a report' },
  INFLATED_TOO_LARGE: {
    zh: '文档解压后过大（疑似压缩炸弹）',
    en: 'The document inflates to too much data (a suspected decompression bomb)',
  },
  COMPRESSION_RATIO: {
    zh: '文档的压缩比异常（疑似压缩炸弹）',
    en: 'The document is compressed implausibly well (a suspected decompression bomb)',
  },
  TOO_MANY_PAGES: { zh: 'PDF 页数过多，不像报告', en: 'The PDF has too many pages to be a report' },
  HTML_TOO_LARGE: { zh: '网页过大，不像报告', en: 'The web page is too large to be a report' },
  HTML_TOO_DEEP: { zh: '网页元素嵌套过深，无法读取', en: 'The page’s elements are nested too deeply to read' },
};

/** `detail` says what exactly (a format, a count against its limit), in both languages alike. */
export function refuse(code: RefusalCode, detail?: string): ExtractRefusal {
  const base = MESSAGES[code];
  const message = detail ? { zh: `${base.zh}（${detail}）`, en: `${base.en} (${detail})` } : base;
  return { ok: false, code, message };
}
