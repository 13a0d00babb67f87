// GET /api/health — is the service well: the database reachable (and how fast), the migrations
// applied, the data version (lib/db/data-version.ts) and the parser version, and what npm start's supervisor did to PostgreSQL
// (restarts). 200 when the database answers and no migration is pending, else 503. Answered even
// while the rest of the site is 503 (lib/server/listener.ts).

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pool } from '@/lib/db/client';
import { readDataVersion } from '@/lib/db/data-version';
import { privateRoute } from '@/lib/http/api-route';
import { PARSER_VERSION } from '@/lib/parser/types';
import { serverState } from '@/lib/server/state';

const TIMEOUT_MS = 2000;

/** The migrations this build ships (prisma/migrations under the directory the server runs in). */
function shippedMigrations(): string[] | null {
  try {
    return readdirSync(path.join(process.cwd(), 'prisma', 'migrations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return null;
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)),
  ]);
}

async function probe() {
  const started = performance.now();
  try {
    const { rows } = await withTimeout(
      pool.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      ),
    );
    const latencyMs = Math.round(performance.now() - started);
    // Null until the data-version migration has run.
    const dataVersion = await withTimeout(readDataVersion(pool)).catch(() => null);
    return { reachable: true, latencyMs, error: null, applied: rows.map((r) => r.migration_name), dataVersion };
  } catch (error) {
    return { reachable: false, latencyMs: null, error: (error as Error).message, applied: null, dataVersion: null };
  }
}

export const GET = privateRoute(async () => {
  const [database, shipped] = [await probe(), shippedMigrations()];
  const state = serverState();
  const pending = database.applied && shipped ? shipped.filter((name) => !database.applied!.includes(name)) : null;
  const healthy = database.reachable && pending !== null && pending.length === 0;
  const body = {
    status: healthy ? 'ok' : 'unhealthy',
    database: {
      reachable: database.reachable,
      latencyMs: database.latencyMs,
      error: database.error,
      // The server's own watch: since when it has been as it is.
      since: state?.database.since ?? null,
    },
    migrations: { applied: database.applied?.length ?? null, pending },
    dataVersion: database.dataVersion,
    parserVersion: PARSER_VERSION,
    postgres: state?.supervisor
      ? { supervised: true, ...state.supervisor }
      : { supervised: false, restarts: null, state: null, lastFailure: null },
  };
  return Response.json(body, { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
