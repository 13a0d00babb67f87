// An OCR process (lib/ingest/pool.ts's protocol, run by the OCR worker): recognises the scans its
// parent sends, one at a time, saying `{ id, progress: { done, total } }` after each page, and
// answers with what was recognised (or a refusal). It exits when its parent goes away.

import { DEFAULT_OCR_LIMITS, recogniseFile, type OcrLimits, type PageImage, type RecogniseOutcome } from './index';

export interface OcrRequest {
  bytes: Uint8Array;
  limits?: Partial<OcrLimits>;
  /** A web page's images, fetched by collection (the page is recognised through them). */
  images?: PageImage[];
}

/** Bytes sent over IPC arrive as a Buffer (or its JSON form): always a plain view. */
const view = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

process.on('message', (message: { id: number; request: OcrRequest }) => {
  const { bytes, limits, images = [] } = message.request;
  void recogniseFile(
    view(bytes),
    { ...DEFAULT_OCR_LIMITS, ...limits },
    (done, total) => process.send!({ id: message.id, progress: { done, total } }),
    images.map((i) => (i.bytes ? { ...i, bytes: view(i.bytes) } : i)),
  ).then((outcome: RecogniseOutcome) => process.send!({ id: message.id, outcome }));
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
