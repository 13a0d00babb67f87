// npm run ocr-worker — recognises queued scans (lib/db/ocr/worker.ts) until stopped. `npm start`
// starts it itself, at a lower CPU priority; run it alone against DATABASE_URL otherwise.
// Limits: OCR_TIMEOUT_MS (one scan, 20 min), OCR_HEAP_MB (1536), OCR_MAX_PAGES (200).
// Exit codes: 0 stopped (SIGINT/SIGTERM), 2 no DATABASE_URL.
import { createPool } from '../lib/db/client';
import { runOcrWorker } from '../lib/db/ocr/worker';
import { repoRoot, runMain, UsageError } from './lib/cli';

runMain(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('DATABASE_URL is not set.');
  const pool = createPool(url, { max: 2 });
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop.abort());
  process.on('disconnect', () => stop.abort());
  await runOcrWorker(pool, { root: repoRoot, signal: stop.signal, log: (line) => console.error(line) });
  await pool.end();
});
