// What the collection tests share: a real embedded PostgreSQL, a reader, the fixture site on
// 127.0.0.1 (its resolver injected: no other name resolves), and a run of the collector on given
// addresses that tallies what it did and records every connection it opened.
import type pg from 'pg';
import { startFixtureSite, type FixtureSite, type SiteOptions } from '../../../collect/testing/site';
import { createReader, type Reader } from '../../../ingest';
import { createPool } from '../../pool';
import { startTestDatabase, type TestDatabase } from '../../testing';
import {
  addSeeds,
  createCollector,
  describeVisit,
  emptySummary,
  runCollector,
  tally,
  type CollectorSetup,
  type CollectSettings,
} from '../index';

export const TEST_SETTINGS: CollectSettings = {
  pauseMs: 0,
  leaseMs: 60_000,
  maxAttempts: 3,
  retryBaseMs: 20,
  timeoutMs: 10_000,
  maxBytes: 50 * 1024 * 1024,
  contact: 'tests@example-gov.test',
  insecureTlsHosts: [],
};

export interface StoredReport {
  place: string;
  year: number;
  sources: {
    page_url: string;
    document_url: string;
    fetched_at: Date;
    etag: string | null;
    content_hash: string;
    gone_since: Date | null;
    /** The collected page's publication date (ISO), as the on-time check reads it. */
    page_published_on: string | null;
  }[];
  figures: Record<string, number | null>;
}

export interface CollectOptions {
  revisitMs?: number;
  refresh?: boolean;
  settings?: Partial<CollectSettings>;
  workers?: number;
  ca?: CollectorSetup['ca'];
}

export interface CollectHarness {
  pool: pg.Pool;
  reader: Reader;
  site: FixtureSite;
  /** Every connection the collectors opened (host asked, address connected to). */
  connections: { host: string; address: string }[];
  collect(urls: string[], options?: CollectOptions): Promise<ReturnType<typeof emptySummary>>;
  storedReports(): Promise<StoredReport[]>;
  stateOf(url: string): Promise<{ state: string; reason_code: string | null; reason: string | null } | undefined>;
  /** Empties the database and the site's request log. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startCollectHarness(siteOptions: SiteOptions = {}): Promise<CollectHarness> {
  const database: TestDatabase = await startTestDatabase();
  const pool = createPool(database.url, { max: 6 });
  const reader = createReader({ readers: 2 });
  const site = await startFixtureSite(siteOptions);
  const connections: { host: string; address: string }[] = [];
  return {
    pool,
    reader,
    site,
    connections,
    async collect(urls, options = {}) {
      const seeds = await addSeeds(pool, urls, { revisitMs: options.revisitMs ?? 24 * 3600_000, refresh: options.refresh ?? false });
      const summary = emptySummary();
      const collector = createCollector({
        pool,
        reader,
        settings: { ...TEST_SETTINGS, ...options.settings },
        resolver: site.resolver,
        allowLoopback: true,
        ca: options.ca,
        onVisit: (v) => (tally(summary, v), process.env.COLLECT_DEBUG && console.log(describeVisit(v))),
        onConnect: (c) => connections.push(c),
      });
      await runCollector(collector, seeds, options.workers ?? 2);
      return summary;
    },
    async storedReports() {
      const reports = await pool.query(
        `SELECT r.id, j.name AS place, r.year FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id ORDER BY j.name, r.year`,
      );
      const out: StoredReport[] = [];
      for (const r of reports.rows) {
        const sources = await pool.query(
          `SELECT page_url, document_url, fetched_at, etag, content_hash, gone_since, to_char(page_published_on, 'YYYY-MM-DD') AS page_published_on
           FROM report_source WHERE report_id = $1 ORDER BY document_url`,
          [r.id],
        );
        const figures = await pool.query('SELECT key, value FROM figure WHERE report_id = $1', [r.id]);
        out.push({
          place: r.place,
          year: r.year,
          sources: sources.rows,
          figures: Object.fromEntries(figures.rows.map((f) => [f.key, f.value])),
        });
      }
      return out;
    },
    stateOf: async (url) => (await pool.query('SELECT state, reason_code, reason FROM collect_url WHERE url = $1', [url])).rows[0],
    async reset() {
      await pool.query('TRUNCATE report, jurisdiction, collect_host RESTART IDENTITY CASCADE');
      site.reset();
      connections.length = 0;
    },
    async close() {
      await site.close();
      await reader.close();
      await pool.end();
      await database.stop();
    },
  };
}
