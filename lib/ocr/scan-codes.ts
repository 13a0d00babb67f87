// Which refusals of the one ingest step mean "a scan: recognise it" (lib/extract's codes): an
// image-only PDF, or an image file. Those files go to the OCR queue instead of being refused.

export function needsRecognition(code: string): boolean {
  return code === 'SCANNED_PDF' || code === 'IMAGE';
}
