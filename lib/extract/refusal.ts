// One-line reasons, in Chinese and English, for every refusal code.

import type { ExtractRefusal, RefusalCode } from './types';

const REASONS: Record<RefusalCode, { zh: string; en: string }> = {
  EMPTY: { zh: '文件为空', en: 'The file is empty' },
  IMAGE: { zh: '文件是图片，不支持文字识别（OCR）', en: 'The file is an image; OCR is not supported' },
  ARCHIVE: { zh: '文件是压缩包，请先解压出报告文件', en: 'The file is an archive; extract the report from it first' },
  EXECUTABLE: { zh: '文件是可执行程序，不是报告', en: 'The file is an executable program, not a report' },
  UNSUPPORTED_DOCUMENT: {
    zh: '不支持此文档格式（请另存为 .docx、.pdf 或 .html）',
    en: 'Unsupported document format (save it as .docx, .pdf or .html)',
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
};

export function refuse(code: RefusalCode, detail?: string): ExtractRefusal {
  const base = REASONS[code];
  const reason = detail ? { zh: `${base.zh}（${detail}）`, en: `${base.en} (${detail})` } : base;
  return { ok: false, code, reason };
}
