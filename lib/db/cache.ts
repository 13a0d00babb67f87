// Results of queries that change only when the data does, kept per data version (./data-version.ts):
// between two writes every request gets the same answer without asking PostgreSQL for it again.
// The version is read first (one tiny query), so an answer is never older than the last commit.
// Concurrent requests for the same missing entry share one load. Bounded: the least recently used
// entries go first. One cache per process, across Next's route bundles (globalThis).
import 'server-only';
import { LRUCache } from 'lru-cache';
import { pool } from './client';
import { readDataVersion } from './data-version';

interface Entry {
  version: number;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 2000;
const store = globalThis as { __gdrQueryCache?: LRUCache<string, Entry> };
const cache = (store.__gdrQueryCache ??= new LRUCache<string, Entry>({ max: MAX_ENTRIES }));

/**
 * `load()`'s result for `name` and `args` (JSON-serialisable) at the current data version: from the
 * cache when the data has not changed since it was loaded. A failed load is not kept.
 */
export async function cachedByDataVersion<T>(name: string, args: unknown, load: () => Promise<T>): Promise<T> {
  const version = await readDataVersion(pool);
  const key = `${name}\u0000${JSON.stringify(args)}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { version, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}
