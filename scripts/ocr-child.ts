// Not a command: the entry of the OCR processes the OCR worker starts (lib/db/ocr/worker.ts), run by
// scripts/cli.mjs as a bundle.
import '../lib/ocr/child';
