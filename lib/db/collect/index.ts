// Collection: addresses (a report page, a column, a document) → the frontier → collectors that
// fetch politely and store every report through the one ingest step, keeping its web source.
// See lib/collect/README.md.
import type pg from 'pg';
import { createFetcher, DEFAULT_FETCHER, type Fetcher, type FetcherOptions } from '../../collect/fetch';
import { policyFromEnv, systemResolver, type Resolver } from '../../collect/address';
import { ROBOTS_AGENT } from '../../collect/robots';
import type { Reader } from '../../ingest';
import { ingestBytes, type StoreOptions } from '../ingest';
import { Collector, COLLECTOR_DEFAULTS, type CollectorOptions, type Visit } from './collector';

export { Collector, COLLECTOR_DEFAULTS, sleep, type Visit } from './collector';
export { addSeeds, frontierCounts, requeue, type StateCount } from './frontier';

export interface CollectSettings {
  pauseMs: number;
  leaseMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  timeoutMs: number;
  maxBytes: number;
  /** Contact address in the User-Agent (COLLECT_CONTACT). */
  contact: string;
  /** Hosts whose https certificate is taken unverified (COLLECT_INSECURE_TLS, comma-separated; '*': all). */
  insecureTlsHosts: string[];
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of milliseconds or bytes ≥ 0, not "${raw}"`);
  return n;
}

/** Settings from the environment (COLLECT_PAUSE_MS, COLLECT_TIMEOUT_MS, COLLECT_MAX_BYTES, COLLECT_LEASE_MS, COLLECT_CONTACT…). */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): CollectSettings {
  return {
    pauseMs: numberFrom(env, 'COLLECT_PAUSE_MS', COLLECTOR_DEFAULTS.pauseMs),
    leaseMs: numberFrom(env, 'COLLECT_LEASE_MS', COLLECTOR_DEFAULTS.leaseMs),
    maxAttempts: numberFrom(env, 'COLLECT_MAX_ATTEMPTS', COLLECTOR_DEFAULTS.maxAttempts),
    retryBaseMs: numberFrom(env, 'COLLECT_RETRY_MS', COLLECTOR_DEFAULTS.retryBaseMs),
    timeoutMs: numberFrom(env, 'COLLECT_TIMEOUT_MS', DEFAULT_FETCHER.timeoutMs),
    maxBytes: numberFrom(env, 'COLLECT_MAX_BYTES', DEFAULT_FETCHER.maxBytes),
    contact: env.COLLECT_CONTACT || 'no contact configured',
    insecureTlsHosts: (env.COLLECT_INSECURE_TLS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  };
}

/**
 * Honest, and shaped like the crawlers sites already let in ("Mozilla/5.0 (compatible; Name/1.0;
 * …)"): some government servers answer 403 to a User-Agent that does not start like a browser's.
 */
export function userAgent(contact: string): string {
  return `Mozilla/5.0 (compatible; ${ROBOTS_AGENT}/1.0; government information-disclosure annual reports reference tool; contact: ${contact})`;
}

/** The fetcher of these settings (collector, dry run). */
export function fetcherFor(
  settings: CollectSettings,
  options: Pick<FetcherOptions, 'resolver' | 'policy'> & Partial<FetcherOptions>,
): Fetcher {
  return createFetcher({
    ...DEFAULT_FETCHER,
    userAgent: userAgent(settings.contact),
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    insecureTlsHosts: settings.insecureTlsHosts,
    ...options,
  });
}

/**
 * COLLECT_HOST_MAP="www.example-gov.test=127.0.0.1,files.example-gov.test=127.0.0.1": these names
 * only, like curl's --resolve (local sites, tests of the CLI); the system's resolver otherwise.
 */
export function resolverFromEnv(env: NodeJS.ProcessEnv = process.env): Resolver {
  const map = env.COLLECT_HOST_MAP;
  if (!map) return systemResolver;
  const hosts = new Map(
    map
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]),
  );
  return async (hostname) => {
    const address = hosts.get(hostname);
    if (!address) throw new Error(`${hostname} is not in COLLECT_HOST_MAP`);
    return [address];
  };
}

export interface CollectorSetup {
  pool: pg.Pool;
  reader: Pick<Reader, 'read'>;
  settings: CollectSettings;
  resolver: Resolver;
  allowLoopback?: boolean;
  onVisit?(visit: Visit): void;
  onConnect?: FetcherOptions['onConnect'];
  /** A certificate authority trusted besides the system's (tests). */
  ca?: FetcherOptions['ca'];
  store?: StoreOptions;
}

export function createCollector(s: CollectorSetup): Collector {
  const fetcher = fetcherFor(s.settings, {
    resolver: s.resolver,
    policy: s.allowLoopback === undefined ? policyFromEnv() : { allowLoopback: s.allowLoopback },
    redirectPauseMs: s.settings.pauseMs,
    onConnect: s.onConnect,
    ca: s.ca,
  });
  const options: CollectorOptions = {
    ...COLLECTOR_DEFAULTS,
    ...s.settings,
    pool: s.pool,
    fetcher,
    ingest: (bytes, fileName, facts, fetchImages) =>
      ingestBytes(s.pool, bytes, fileName, { read: s.reader.read, ...s.store }, { facts, fetchImages }),
    onVisit: s.onVisit,
  };
  return new Collector(options);
}

/** Runs `concurrency` claim loops of one collector until these seeds' work is done. */
export async function runCollector(collector: Collector, seedIds: number[] | null, concurrency = 1, signal?: AbortSignal): Promise<void> {
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, () => collector.run(seedIds, signal)));
}

/** What a run did, as its summary says. */
export interface CollectSummary {
  visits: number;
  /** New addresses found (links, pages, attachments). */
  found: number;
  saved: number;
  merged: number;
  unchanged: number;
  /** Scans whose text recognition was queued (the OCR worker stores them). */
  queued: number;
  notModified: number;
  pages: number;
  /** Lists read in part: their scripts load more that cannot be followed (with why). */
  partial: Visit[];
  notReports: Visit[];
  robots: Visit[];
  refused: Visit[];
  failed: Visit[];
  retries: number;
}

export function emptySummary(): CollectSummary {
  return {
    visits: 0,
    found: 0,
    saved: 0,
    merged: 0,
    unchanged: 0,
    queued: 0,
    notModified: 0,
    pages: 0,
    partial: [],
    notReports: [],
    robots: [],
    refused: [],
    failed: [],
    retries: 0,
  };
}

export function tally(summary: CollectSummary, v: Visit): void {
  // robots.txt asked in an address's place is not a visit of it.
  if (!v.written || v.outcome === 'robots_fetched') return;
  summary.visits++;
  summary.found += v.discovered;
  switch (v.outcome) {
    case 'saved':
      summary.saved++;
      break;
    case 'merged':
      summary.merged++;
      break;
    case 'unchanged':
      summary.unchanged++;
      break;
    case 'queued':
      summary.queued++;
      break;
    case 'not_modified':
      summary.notModified++;
      break;
    case 'list':
    case 'article':
      summary.pages++;
      if (v.reasonCode) summary.partial.push(v);
      break;
    case 'not_report':
      summary.notReports.push(v);
      break;
    case 'robots':
      summary.robots.push(v);
      break;
    case 'refused':
      summary.refused.push(v);
      break;
    case 'failed':
    case 'gone':
      summary.failed.push(v);
      break;
    case 'retry':
      summary.retries++;
      break;
  }
}

export function describeVisit(v: Visit): string {
  const reason = v.reasonCode ? `: ${v.reason} [${v.reasonCode}]` : '';
  const found = v.discovered ? ` (+${v.discovered} new addresses)` : '';
  const report = v.reportId ? ` → report ${v.reportId}` : '';
  return `${v.outcome.padEnd(12)} ${v.url}${report}${found}${reason}${v.written ? '' : ' (lease lost: not written)'}`;
}

export function summaryLines(s: CollectSummary, seconds: number): string[] {
  const lines = [
    `${s.visits} addresses visited in ${seconds.toFixed(1)} s: ${s.found} new addresses found; ` +
      `${s.saved} new reports, ${s.merged} merged into reports already held, ${s.unchanged} already held, ` +
      (s.queued ? `${s.queued} scans queued for text recognition, ` : '') +
      `${s.notModified} not modified since the last visit, ${s.pages} list and article pages; ` +
      `${s.notReports.length} not reports, ${s.robots.length} forbidden by robots.txt, ${s.refused.length} refused, ${s.failed.length} failed` +
      (s.retries ? ` (${s.retries} retries)` : ''),
  ];
  const group = (label: string, visits: Visit[]) => {
    const byReason = new Map<string, string[]>();
    for (const v of visits) {
      const key = `${v.reasonCode}: ${v.reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), v.url]);
    }
    for (const [reason, urls] of byReason) lines.push(`  ${label} (${urls.length}) ${reason}`, ...urls.map((u) => `    ${u}`));
  };
  // Never a silent nothing: a run that stored no report says so, with where to look.
  if (s.visits && !(s.saved + s.merged + s.unchanged + s.queued + s.notModified))
    lines.push(
      `  no report found: ${s.failed.length + s.refused.length + s.partial.length + s.notReports.length ? 'see the reasons below' : 'the pages read link no annual report'}`,
    );
  group('list read in part', s.partial);
  group('refused', s.refused);
  group('failed', s.failed);
  group('robots.txt', s.robots);
  group('not a report', s.notReports);
  return lines;
}
export { seedProgress, type SeedProgress } from './progress';
