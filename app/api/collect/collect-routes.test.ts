// The /ingest page's collection routes, called directly against a throwaway PostgreSQL and the
// fixture site on 127.0.0.1 (COLLECT_HOST_MAP, COLLECT_ALLOW_PRIVATE=1): the dry run (robots.txt,
// page kind, reports with years and types; nothing stored), queueing, and the progress a collector's
// work shows; the session and same-site rules of uploads.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSED_HOST, SITE_HOST_MAP, startFixtureSite, type FixtureSite } from '@/lib/collect/testing/site';
import type { DryRunEntry, SeedProgress } from '@/lib/domain/collect';
import { resetRateLimits } from '@/lib/http/rate-limit';
import { ORIGIN, startHarness, TEST_TOKEN, type Harness } from '@/lib/http/testing/harness';

vi.mock('server-only', () => ({}));

let harness: Harness;
let site: FixtureSite;
let session: typeof import('../ingest/session/route');
let dryRun: typeof import('./dry-run/route');
let jobs: typeof import('./jobs/route');

beforeAll(async () => {
  harness = await startHarness();
  site = await startFixtureSite();
  Object.assign(process.env, { COLLECT_ALLOW_PRIVATE: '1', COLLECT_HOST_MAP: SITE_HOST_MAP, COLLECT_PAUSE_MS: '0' });
  session = await import('../ingest/session/route');
  dryRun = await import('./dry-run/route');
  jobs = await import('./jobs/route');
});
afterAll(async () => {
  await site?.close();
  await harness?.stop();
});
beforeEach(() => resetRateLimits());

async function cookie(): Promise<string> {
  const response = await session.POST(
    new Request(`${ORIGIN}/api/ingest/session`, {
      method: 'POST',
      body: JSON.stringify({ token: TEST_TOKEN }),
      headers: { 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000' },
    }),
  );
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

function postJson(path: string, body: unknown, headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
  });
}

describe('the dry run', () => {
  it('needs the ingest session, and refuses a cross-site request', async () => {
    expect((await dryRun.POST(postJson('/api/collect/dry-run', { urls: [site.columnUrl] }, { origin: ORIGIN }))).status).toBe(401);
    const crossSite = postJson('/api/collect/dry-run', { urls: [site.columnUrl] }, { cookie: await cookie(), origin: 'https://evil.test' });
    expect((await dryRun.POST(crossSite)).status).toBe(403);
    expect(site.requests).toEqual([]);
  });

  it('tells a column with its reports, years and types; a forbidden path; a site that forbids everything', async () => {
    const c = await cookie();
    const urls = [
      site.columnUrl,
      `${site.origin}/private/t20250110_9.html`,
      `http://${CLOSED_HOST}:${site.port}/ndbg/index.html`,
      `${site.origin}/xxgk/ndbg/202102/t20210202_7.html`,
    ];
    const response = await dryRun.POST(postJson('/api/collect/dry-run', { urls }, { cookie: c, origin: ORIGIN }));
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: DryRunEntry[] };
    // All three pages of the column read, their reports listed (but the one robots.txt forbids).
    expect(entries[0]).toMatchObject({ kind: 'column', robots: 'allowed', pages: 3, pagesRead: 3, error: null });
    expect(entries[0]!.reports.map((r) => r.year)).toEqual([2020, 2023, 2018, 2020, 2020, 2020, 2020, 2017, 2024, 2022]);
    expect(entries[0]!.reports.map((r) => r.url)).not.toContain(`${site.origin}/private/t20250110_9.html`);
    expect(entries[1]).toMatchObject({ robots: 'forbidden', reports: [] });
    expect(entries[2]).toMatchObject({ robots: 'site_forbidden', reports: [] });
    expect(entries[3]).toMatchObject({ kind: 'article', reports: [{ type: 'doc', year: 2020 }] });
    // Nothing was queued or stored.
    const { pool } = await import('@/lib/db/client');
    expect((await pool.query('SELECT count(*)::int AS n FROM collect_url')).rows[0].n).toBe(0);
  });

  it('refuses addresses that may not be fetched, before any request', async () => {
    site.reset();
    const c = await cookie();
    for (const [url, refusal] of [
      ['http://2130706433/', 'ALTERNATE_FORM'],
      ['file:///etc/passwd', 'SCHEME'],
      ['http://[::ffff:127.0.0.1]/', 'ALTERNATE_FORM'],
    ]) {
      const response = await dryRun.POST(postJson('/api/collect/dry-run', { urls: [url] }, { cookie: c, origin: ORIGIN }));
      expect(response.status, url).toBe(400);
      // The address and the refusal's code, for the page to say why in its language.
      expect((await response.json()).error, url).toMatchObject({ url, refusal });
    }
    expect((await dryRun.POST(postJson('/api/collect/dry-run', { urls: 'x' }, { cookie: c, origin: ORIGIN }))).status).toBe(400);
    expect(site.requests).toEqual([]);
  });
});

describe('queueing and progress', () => {
  it('queues the addresses; the progress shows what a collector did, with reports and problems', async () => {
    const c = await cookie();
    const queued = await jobs.POST(postJson('/api/collect/jobs', { urls: [site.columnUrl] }, { cookie: c, origin: ORIGIN }));
    expect(queued.status).toBe(202);
    const { seeds } = (await queued.json()) as { seeds: number[] };
    expect(seeds).toHaveLength(1);
    const progress = async () => {
      const r = await jobs.GET(new Request(`${ORIGIN}/api/collect/jobs?seeds=${seeds.join(',')}`, { headers: { cookie: c } }));
      expect(r.status).toBe(200);
      return ((await r.json()) as { seeds: SeedProgress[] }).seeds[0]!;
    };
    expect((await progress()).states).toEqual({ queued: 1 });

    const { pool } = await import('@/lib/db/client');
    const { createCollector, runCollector, settingsFromEnv } = await import('@/lib/db/collect');
    const { createReader } = await import('@/lib/ingest');
    const reader = createReader({ readers: 1 });
    try {
      const collector = createCollector({
        pool,
        reader,
        settings: { ...settingsFromEnv(), retryBaseMs: 20 },
        resolver: site.resolver,
        allowLoopback: true,
      });
      await runCollector(collector, seeds, 2);
    } finally {
      await reader.close();
    }
    const after = await progress();
    expect(after.states).toEqual({ done: 16, robots: 1, gone: 1, failed: 1 });
    expect(after.reports).toHaveLength(7);
    expect(after.problems.map((p) => p.state).sort()).toEqual(['failed', 'gone', 'robots']);

    expect((await jobs.GET(new Request(`${ORIGIN}/api/collect/jobs?seeds=${seeds[0]}`))).status).toBe(401);
    expect((await jobs.GET(new Request(`${ORIGIN}/api/collect/jobs?seeds=x`, { headers: { cookie: c } }))).status).toBe(400);
  });
});
