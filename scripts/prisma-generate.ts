// `prisma generate` offline. The CLI insists on resolving its native schema engine even though
// generate never runs it, and the engine cannot be downloaded on these machines: when no real engine
// is present, point PRISMA_SCHEMA_ENGINE_BINARY at a stub (see ../shared/notes/offline-stack.md).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

function stubEngine(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prisma-engine-stub-'));
  const stub = path.join(dir, 'schema-engine');
  writeFileSync(stub, '#!/bin/sh\necho "schema-engine stub: Prisma migrate needs the real engine; use npm run migrate" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
  return stub;
}

const env = { ...process.env };
const stub = realEngineInstalled() ? null : stubEngine();
if (stub) env.PRISMA_SCHEMA_ENGINE_BINARY = stub;

const prismaCli = require.resolve('prisma/build/index.js');
if (!existsSync(prismaCli)) throw new Error(`prisma CLI not found at ${prismaCli}`);
const run = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (stub) rmSync(path.dirname(stub), { recursive: true, force: true });
process.exit(run.status ?? 1);
