// An OCR process (lib/ingest/pool.ts's protocol, run by the OCR worker): recognises the scans its
// parent sends, one at a time, saying `{ id, progress: { done, total } }` after each page, and
// answers with what was recognised (or a refusal). It exits when its parent goes away.

import { DEFAULT_OCR_LIMITS, recogniseFile, type OcrLimits, type RecogniseOutcome } from './index';

export interface OcrRequest {
  bytes: Uint8Array;
  limits?: Partial<OcrLimits>;
}

process.on('message', (message: { id: number; request: OcrRequest }) => {
  const { bytes, limits } = message.request;
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  void recogniseFile(view, { ...DEFAULT_OCR_LIMITS, ...limits }, (done, total) =>
    process.send!({ id: message.id, progress: { done, total } }),
  ).then((outcome: RecogniseOutcome) => process.send!({ id: message.id, outcome }));
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
