// What recognition read, read as a report: laid out as a PDF text layer, parsed by the one parser,
// guarded. The OCR worker's last step, and the reparse of a stored scan (recognition is never run
// again for it). Pure: no images, no models, no I/O.

import { contentRefusal } from '../ingest/refusals';
import { tableFigureCount } from '../ingest/read';
import type { FileType, ReadOutcome, ReportRead } from '../ingest/types';
import { parseReport } from '../parser';
import { confirmDoubts, guardResult, THRESHOLDS, type Thresholds } from './guard';
import { hostIssues, layIntoHost, markSources } from './host';
import { layoutText, type Confirmation } from './layout';
import type { OcrDocument } from './types';

const MAX_ROUNDS = 8;

/** What was recognised, read as a report: laid out, parsed by the one parser, guarded. Also the
 * reparse of a stored scan (recognition is never re-run for it). */
export function readRecognised(
  doc: OcrDocument,
  fileName: string,
  kind: { fileType: FileType; mimeType: string },
  thresholds: Thresholds = THRESHOLDS,
): ReadOutcome {
  const confirmed = new Map<string, Confirmation>();
  // A document whose images were recognised: their text is laid into its own, where each stands.
  const lay = () => {
    const laid = layoutText(doc, thresholds.digit, confirmed);
    return doc.host ? layIntoHost(laid, doc.host) : laid;
  };
  let laid = lay();
  if (laid.text.trim() === '') return contentRefusal('EMPTY', { zh: '扫描件中没有识别出文字', en: 'No text was recognised in the scan' });
  let outcome = parseReport(laid.text, { fileName });
  // Doubtful readings the sums confirm are printed, and the text read again: a confirmed cell may
  // complete another relation (a row's total, then its column's).
  for (let round = 0; round < MAX_ROUNDS && outcome.ok; round++) {
    const more = confirmDoubts(outcome.result, laid);
    if (!more.size) break;
    for (const [id, why] of more) confirmed.set(id, why);
    laid = lay();
    outcome = parseReport(laid.text, { fileName });
  }
  if (!outcome.ok) return contentRefusal(outcome.refusal.code, outcome.refusal.message);
  const result = guardResult(outcome.result, laid, thresholds);
  if (doc.host) {
    markSources(result, doc.host);
    result.issues.push(...hostIssues(doc.host));
  }
  const read: ReportRead = {
    ok: true,
    text: laid.text,
    fileType: kind.fileType,
    mimeType: kind.mimeType,
    encoding: null,
    result,
    tableFigures: tableFigureCount(result),
    ocr: doc,
  };
  return read;
}
