// Building and serving the Next app from the platform's scripts (start, serve-test).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PortInUseError, reservePort } from '../../lib/db/embedded';

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');

export function distDir(root: string, env = process.env): string {
  return path.resolve(root, env.NEXT_DIST_DIR || '.next');
}

/** What the build is made from: a change to any of these makes the build stale. */
const SOURCE_DIRS = ['app', 'components', 'lib', 'public', 'messages'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(target) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why a build is needed (no build yet, or sources newer than it), or null when it is current. */
export function buildNeeded(root: string, dist: string): string | null {
  const buildId = path.join(dist, 'BUILD_ID');
  if (!existsSync(buildId)) return `no build in ${path.relative(root, dist) || dist}`;
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))),
    ...SOURCE_FILES.map((f) => newestMtime(path.join(root, f))),
  );
  return newest > built ? 'sources changed since the last build' : null;
}

/** Fails with a clear message when something already listens on the port (as `next start` would bind it). */
export async function ensurePortFree(port: number): Promise<void> {
  try {
    // Next listens on every interface (IPv6 and IPv4); without IPv6, check IPv4.
    await reservePort(port, '::').catch((error: Error) =>
      error instanceof PortInUseError ? Promise.reject(error) : reservePort(port, '0.0.0.0'),
    );
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    throw new PortInUseError(
      `Port ${port} is already in use (another \`npm start\`, or another program). Stop it, or choose another port: PORT=${port + 1} npm start`,
    );
  }
}

/** Next reports usage to Vercel unless told not to; nothing this project runs leaves the machine. */
export const NO_TELEMETRY = { NEXT_TELEMETRY_DISABLED: '1' } as const;

export function runNext(args: string[], env: NodeJS.ProcessEnv, root: string): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: root, env: { ...env, ...NO_TELEMETRY }, stdio: 'inherit' });
}

const SERVER_SCRIPT = path.join(import.meta.dirname, '..', 'server.ts');

/**
 * The app's HTTP server (scripts/server.ts: Next's handler behind lib/server/listener.ts) as a child
 * process with an IPC channel, serving the build in env.NEXT_DIST_DIR on env.PORT.
 */
export function runServer(env: NodeJS.ProcessEnv, root: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT], {
    cwd: root,
    env: { ...env, ...NO_TELEMETRY, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(1);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  child.kill('SIGTERM');
  await exited(child);
  clearTimeout(timer);
}
