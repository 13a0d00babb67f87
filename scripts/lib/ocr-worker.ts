// The OCR worker `npm start` runs beside the app (scripts/ocr-worker.ts): scans queued by uploads,
// ingest and collection are recognised at low priority (lib/priority), in processes with their own time
// and memory limits. OCR_WORKER=0 leaves it out.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { spawnInBackground } from '../../lib/priority';

export function startOcrWorker(root: string, env: NodeJS.ProcessEnv): ChildProcess | null {
  if (env.OCR_WORKER === '0') return null;
  const args = [path.join(root, 'scripts', 'cli.mjs'), 'ocr-worker'];
  const child = spawnInBackground(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', (error) => console.error(`The OCR worker could not start: ${error.message}`));
  return child;
}
