// The /ingest page's "add by address": a dry run of the addresses (robots.txt, what each page is,
// the reports it leads to), then queueing them in the collection frontier, which the collector
// worker `npm start` runs works through; and the progress of what was queued. Behind the ingest
// session (same CSRF and rate-limit protection as uploads).
import 'server-only';
import { policyFromEnv } from '@/lib/collect/address';
import { dryRun, type DryRunEntry } from '@/lib/collect/dry-run';
import { checkUrl } from '@/lib/collect/address';
import { pool } from '@/lib/db/client';
import { addSeeds, fetcherFor, resolverFromEnv, seedProgress, settingsFromEnv, sleep } from '@/lib/db/collect';
import { readBodyLimited } from '../body-limit';
import { jsonError } from '../errors';

export const MAX_ADDRESSES = 20;

/** The addresses of a JSON body { urls: string[] } (or one per line in a string), checked. */
export async function readAddresses(request: Request): Promise<{ ok: true; urls: string[] } | { ok: false; response: Response }> {
  let urls: unknown;
  try {
    urls = (JSON.parse(new TextDecoder().decode(await readBodyLimited(request, 64 * 1024))) as { urls?: unknown }).urls;
  } catch {
    return { ok: false, response: jsonError(400, 'bad_request', 'send {"urls": ["https://…", …]} as JSON') };
  }
  if (typeof urls === 'string') urls = urls.split(/\s+/);
  if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string'))
    return { ok: false, response: jsonError(400, 'bad_request', '"urls" must be a list of addresses', { param: 'urls' }) };
  const list = [...new Set((urls as string[]).map((u) => u.trim()).filter(Boolean))];
  if (!list.length) return { ok: false, response: jsonError(400, 'bad_request', 'no address given', { param: 'urls' }) };
  if (list.length > MAX_ADDRESSES)
    return { ok: false, response: jsonError(400, 'bad_request', `at most ${MAX_ADDRESSES} addresses at once`, { param: 'urls' }) };
  for (const url of list) {
    try {
      checkUrl(url);
    } catch (e) {
      // The refusal's code too, so the page can say why in its language.
      return {
        ok: false,
        response: jsonError(400, 'bad_request', (e as Error).message, { param: 'urls', url, refusal: (e as { code?: string }).code }),
      };
    }
  }
  return { ok: true, urls: list };
}

export async function dryRunAddresses(urls: string[]): Promise<DryRunEntry[]> {
  const settings = settingsFromEnv();
  const fetcher = fetcherFor(settings, {
    resolver: resolverFromEnv(),
    policy: policyFromEnv(),
    timeoutMs: Math.min(settings.timeoutMs, 20_000),
    maxBytes: Math.min(settings.maxBytes, 10 * 1024 * 1024),
  });
  // Hosts in parallel; one host's addresses one after the other, the pause between.
  const byHost = new Map<string, string[]>();
  for (const url of urls) byHost.set(new URL(url).host, [...(byHost.get(new URL(url).host) ?? []), url]);
  const entries = new Map<string, DryRunEntry>();
  await Promise.all(
    [...byHost.values()].map(async (list) => {
      for (const [i, url] of list.entries()) {
        if (i) await sleep(settings.pauseMs);
        entries.set(url, await dryRun(url, fetcher, settings.pauseMs));
      }
    }),
  );
  return urls.map((url) => entries.get(url)!);
}

export async function queueAddresses(urls: string[]): Promise<number[]> {
  return addSeeds(pool, urls, { revisitMs: 24 * 3600_000, refresh: false });
}

/** ?seeds=1,2,3 */
export function parseSeedIds(request: Request): number[] | null {
  const raw = new URL(request.url).searchParams.get('seeds') ?? '';
  const ids = raw.split(',').filter(Boolean).map(Number);
  return ids.length && ids.length <= 100 && ids.every((n) => Number.isSafeInteger(n) && n > 0) ? ids : null;
}

export function progressOf(seedIds: number[]) {
  return seedProgress(pool, seedIds);
}
