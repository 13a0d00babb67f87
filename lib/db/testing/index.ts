// A throwaway PostgreSQL for integration tests and the browser tests' web server: a fresh temp
// directory the postgres user can read (never the developer's data), a free port, migrated.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbedded } from '../embedded';
import { migrate } from '../migrate';

export interface TestDatabase {
  url: string;
  dataDir: string;
  /** Stops the server and deletes its directory (unless `keep`). */
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Use this directory instead of a fresh temp one and keep it on stop (benchmarks reuse it). */
  dataDir?: string;
  keep?: boolean;
  /** Skip disk flushes (default for fresh temp directories; benchmarks that measure writes say false). */
  ephemeral?: boolean;
}

export async function startTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const root = options.dataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'gov-reports-pg-'));
  // mkdtemp makes 0700 directories; as root, PostgreSQL runs as `postgres` and must enter it.
  if (root) chmodSync(root, 0o755);
  const dataDir = options.dataDir ?? path.join(root!, 'data');
  const keep = options.keep ?? Boolean(options.dataDir);
  const server = await startEmbedded({ dataDir, ephemeral: options.ephemeral ?? !options.dataDir });
  try {
    await migrate(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    dataDir,
    async stop() {
      await server.stop();
      if (!keep) rmSync(root ?? dataDir, { recursive: true, force: true });
    },
  };
}
