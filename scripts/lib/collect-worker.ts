// The collector worker `npm start` (and the browser tests' server) runs beside the app: the whole
// collection frontier, worked through at low priority (lib/priority), re-visits included. Addresses
// queued on /ingest are fetched by it. COLLECT_WORKER=0 leaves it out.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { spawnInBackground } from '../../lib/priority';

export function startCollectWorker(root: string, env: NodeJS.ProcessEnv): ChildProcess | null {
  if (env.COLLECT_WORKER === '0') return null;
  const args = ['--import', 'tsx', path.join(root, 'scripts/collect.ts'), '--worker'];
  const child = spawnInBackground(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', (error) => console.error(`The collector worker could not start: ${error.message}`));
  return child;
}
