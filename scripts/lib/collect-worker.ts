// The collector worker `npm start` (and the browser tests' server) runs beside the app: the whole
// collection frontier, worked through at low priority (nice 10), re-visits included. Addresses
// queued on /ingest are fetched by it. COLLECT_WORKER=0 leaves it out.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export function startCollectWorker(root: string, env: NodeJS.ProcessEnv): ChildProcess | null {
  if (env.COLLECT_WORKER === '0') return null;
  const args = ['--import', 'tsx', path.join(root, 'scripts/collect.ts'), '--worker'];
  const nice = spawnSync('nice', ['-n', '0', 'true']).status === 0;
  const child = nice
    ? spawn('nice', ['-n', '10', process.execPath, ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    : spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', (error) => console.error(`The collector worker could not start: ${error.message}`));
  return child;
}
