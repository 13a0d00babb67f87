// Runs the Prisma CLI offline. The CLI insists on resolving its native schema engine even for
// commands that never run it (generate, validate, format), and the engine cannot be downloaded on
// these machines: when no real engine is installed, PRISMA_SCHEMA_ENGINE_BINARY points at a stub that
// explains itself if anything ever does run it (see ../shared/notes/offline-stack.md).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

function realEngineInstalled(): boolean {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return true;
  try {
    const enginesDir = path.dirname(require.resolve('@prisma/engines/package.json'));
    return readdirSync(enginesDir).some((f) => f.startsWith('schema-engine-'));
  } catch {
    return false;
  }
}

export interface PrismaCliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** 'inherit' shows the CLI's output; 'pipe' returns it. */
  stdio?: 'inherit' | 'pipe';
}

export function runPrismaCli(args: string[], options: PrismaCliOptions = {}): SpawnSyncReturns<string> {
  const env = { ...process.env, ...options.env };
  const stubDir = realEngineInstalled() ? null : mkdtempSync(path.join(tmpdir(), 'prisma-engine-stub-'));
  if (stubDir) {
    const stub = path.join(stubDir, 'schema-engine');
    writeFileSync(
      stub,
      '#!/bin/sh\necho "Prisma schema engine is not installed here: apply migrations with npm run migrate" >&2\nexit 1\n',
    );
    chmodSync(stub, 0o755);
    env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
  }
  try {
    return spawnSync(process.execPath, [require.resolve('prisma/build/index.js'), ...args], {
      cwd: options.cwd,
      env,
      encoding: 'utf8',
      stdio: options.stdio ?? 'pipe',
    });
  } finally {
    if (stubDir) rmSync(stubDir, { recursive: true, force: true });
  }
}
