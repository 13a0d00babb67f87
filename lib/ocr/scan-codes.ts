// Which files go to text recognition instead of being read from their text: an image-only PDF or an
// image file (lib/extract's refusals), and a DOCX or HTML page whose statistics tables are images.
// Small and free of the engine's modules: the reader processes and the ingest step import it.

import type { ParseOutcome } from '../parser/types';

/** `IMAGE_TABLES`: a DOCX whose tables are images (lib/ingest's reader says so; its images are inside). */
export function needsRecognition(code: string): boolean {
  return code === 'SCANNED_PDF' || code === 'IMAGE' || code === 'IMAGE_TABLES';
}

/** Images of one document recognised at most (a page of icons and photos is not a report's tables);
 * those beyond are named in an IMAGES_UNREAD issue. */
export const MAX_DOCUMENT_IMAGES = 30;

/**
 * Whether a document's images likely hold what its text lacks: it has images in its body, and its
 * text is no report by itself or misses a statistics table its format prints (TABLE_MISSING). A
 * report whose tables are all in the text is read from the text, its images (a seal, a logo) unread.
 */
export function tablesInImages(imageCount: number, parsed: ParseOutcome): boolean {
  if (imageCount === 0) return false;
  return !parsed.ok || parsed.result.issues.some((i) => i.code === 'TABLE_MISSING');
}
