// Shared by the platform's scripts: where the repo is, and how a script ends.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder holding package.json above `from`: scripts/lib under tsx, .cli in a bundle (cli.mjs). */
function rootAbove(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}

export const repoRoot = rootAbove(import.meta.dirname);

/** Errors we raise on purpose carry their own clear message: print it without a stack. */
const EXPECTED = new Set(['EmbeddedPostgresError', 'MigrationError', 'UsageError', 'PortInUseError']);

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs a script's main; prints a failure as one clear message and exits 1. `cleanup` runs first
 * either way (a PostgreSQL the script started must not outlive it).
 */
export function runMain(main: () => Promise<number | void>, cleanup: () => Promise<void> = async () => undefined): void {
  main().then(
    async (code) => {
      await cleanup();
      process.exit(code ?? 0);
    },
    async (error: unknown) => {
      const e = error as Error;
      console.error(EXPECTED.has(e?.name) ? `Error: ${e.message}` : e);
      await cleanup().catch((c: Error) => console.error(c.message));
      process.exit(1);
    },
  );
}
