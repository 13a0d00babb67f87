// A report page whose statistics table is a picture, end to end: collected from the fixture site on
// 127.0.0.1 (behind its injected resolver), the page's images fetched on its own host as robots.txt
// allows (an icon, an image on an unrelated site and one robots.txt forbids left alone, each said), the
// page queued for recognition with them, recognised by the real engine in a real OCR process, stored,
// and read back through GET /api/reports/<id>: table 4's figures match the text version with none
// wrong, each with medium 'ocr', its page (the image's place) and the image's address. An uploaded
// page cannot fetch its images: it is stored as its text reads, with an IMAGES_UNREAD issue saying so.

import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { imageTablePage, type ImageTablePage } from '@/lib/collect/testing/image-tables';
import { SITE_HOST, startFixtureSite, type FixtureSite } from '@/lib/collect/testing/site';
import { addSeeds, createCollector, runCollector, type Visit } from '@/lib/db/collect';
import { TEST_SETTINGS } from '@/lib/db/collect/testing/harness';
import { reparseStale } from '@/lib/db/ingest/reparse';
import { createOcrPool, ocrWorkerLimits, runOneOcrJob } from '@/lib/db/ocr/worker';
import type { ApiReportDetail } from '@/lib/domain';
import { createReader, type Reader } from '@/lib/ingest';
import { bearer, get, multipart, params, startHarness, type Harness } from '@/lib/http/testing/harness';

vi.mock('server-only', () => ({}));

const root = path.resolve(import.meta.dirname, '../..');
const ARTICLE = '/xxgk/ndbg/202103/t4-image.html';
const OTHER_SITE = 'cdn.elsewhere.test';

let harness: Harness;
let pool: pg.Pool;
let site: FixtureSite;
let reader: Reader;
let fixture: ImageTablePage;
let report: typeof import('./reports/[id]/route');
let reports: typeof import('./reports/route');

beforeAll(async () => {
  harness = await startHarness();
  ({ pool } = await import('@/lib/db/client'));
  report = await import('./reports/[id]/route');
  reports = await import('./reports/route');
  reader = createReader({ readers: 1 });
  site = await startFixtureSite();
  // Not the site's sibling (files.example-gov.test would be asked: lib/db/collect/collect.test.ts).
  const elsewhere = `http://${OTHER_SITE}:${site.port}/t4.jpg`;
  fixture = await imageTablePage(root, '000-fuyang-2020.txt', 'images/t4.jpg', `<img src="${elsewhere}"><img src="/private/t4.jpg">`);
  const jpeg = { body: fixture.jpeg, type: 'image/jpeg' };
  site.setRoute(SITE_HOST, ARTICLE, { body: Buffer.from(fixture.html), type: 'text/html; charset=utf-8' });
  site.setRoute(SITE_HOST, '/xxgk/ndbg/202103/images/t4.jpg', jpeg);
  site.setRoute(SITE_HOST, '/private/t4.jpg', jpeg);
  site.setRoute(OTHER_SITE, '/t4.jpg', jpeg);
}, 120_000);

afterAll(async () => {
  await reader?.close();
  await site?.close();
  await harness?.stop();
});

const detail = async (id: number) =>
  (await (await report.GET(get(`/api/reports/${id}`), params({ id: String(id) }))).json()) as ApiReportDetail;

describe('a report page whose table is a picture', () => {
  it(
    'collected: its images fetched politely, the page recognised with them; table 4 from the picture, none wrong, each figure with medium ocr and the image’s address',
    { timeout: 300_000 },
    async () => {
      const url = `http://${SITE_HOST}:${site.port}${ARTICLE}`;
      const visits: Visit[] = [];
      const collector = createCollector({
        pool,
        reader,
        // The host's pause, which the page's images wait for too.
        settings: { ...TEST_SETTINGS, pauseMs: 300 },
        resolver: site.resolver,
        allowLoopback: true,
        onVisit: (v) => visits.push(v),
      });
      await runCollector(collector, await addSeeds(pool, [url], { revisitMs: 24 * 3600_000, refresh: false }));
      expect(visits.filter((v) => v.url === url).at(-1)).toMatchObject({ outcome: 'queued', reasonCode: 'OCR_QUEUED' });
      // The picture on the page's host, once, in the collector's name; nothing robots.txt forbids, nothing elsewhere, no
      // icon (declared 32×32: not even counted, so the picture is page 1).
      const asked = site.requests.map((r) => `${r.host}${r.path}`);
      expect(asked.filter((a) => a === `${SITE_HOST}/xxgk/ndbg/202103/images/t4.jpg`)).toHaveLength(1);
      expect(asked.filter((a) => a.includes('/private/') || a.startsWith(OTHER_SITE) || a.includes('logo'))).toEqual([]);
      expect(site.requests.find((r) => r.path.endsWith('images/t4.jpg'))?.userAgent).toMatch(/GovReportsCollector/);
      const times = site.requests.filter((r) => r.host === SITE_HOST).map((r) => r.at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(290);

      const limits = ocrWorkerLimits({});
      const ocr = createOcrPool(limits, root);
      try {
        expect(await runOneOcrJob(pool, ocr, limits)).toBe(true);
      } finally {
        await ocr.close();
      }
      const job = await pool.query<{ status: string; report_id: number; images: number }>(
        'SELECT status, report_id, (SELECT count(*)::int FROM ocr_job_image WHERE job_id = ocr_job.id) AS images FROM ocr_job',
      );
      // Done, and the images it held are gone with it.
      expect(job.rows).toMatchObject([{ status: 'done', images: 0 }]);
      const read = await detail(job.rows[0]!.report_id);
      const imageUrl = `http://${SITE_HOST}:${site.port}/xxgk/ndbg/202103/images/t4.jpg`;
      expect(read.sources[0]).toMatchObject({ pageUrl: url, documentUrl: url });
      const byKey = new Map(read.figures.map((f) => [f.key, f]));
      const wrong: string[] = [];
      let exact = 0;
      for (const [key, value] of Object.entries(fixture.expected)) {
        const got = byKey.get(key)?.value;
        if (got === value) exact++;
        else if (got !== null && got !== undefined) wrong.push(`${key}: ${value} read as ${got}`);
      }
      console.log(`web page table 4 image: ${exact}/${Object.keys(fixture.expected).length} exact, ${wrong.length} wrong`);
      expect(wrong).toEqual([]);
      expect(exact / Object.keys(fixture.expected).length).toBeGreaterThanOrEqual(0.9);
      const upheld = byKey.get('review.upheld')!;
      expect(upheld).toMatchObject({ value: 17, provenance: 'table', ocr: { medium: 'ocr', page: 1, source: imageUrl } });
      // The page's text is its own: table 3 printed there, not recognised.
      expect(byKey.get('applications.new.total')).toMatchObject({ value: 835 });
      expect(byKey.get('applications.new.total')?.ocr).toBeUndefined();
      // The two images not fetched are named with why; the icon is no table and not named.
      const unread = read.issues.find((i) => i.code === 'IMAGES_UNREAD');
      expect(unread?.message.en).toMatch(/another host \(cdn\.elsewhere\.test/);
      expect(unread?.message.en).toMatch(/robots\.txt forbids it/);
      expect(unread?.message.en).not.toMatch(/logo/);

      // A reparse lays the stored recognition into the page's text again, never fetching or recognising.
      const id = job.rows[0]!.report_id;
      await pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
      await pool.query(`UPDATE figure SET value = 5, ocr = NULL WHERE report_id = $1 AND key = 'review.upheld'`, [id]);
      const requests = site.requests.length;
      const summary = await reparseStale(pool, { read: () => Promise.reject(new Error('read again')) });
      expect(summary).toMatchObject({ reread: 1, failed: [] });
      expect((await detail(id)).figures.find((f) => f.key === 'review.upheld')).toMatchObject({ value: 17, ocr: { source: imageUrl } });
      expect(site.requests.length).toBe(requests);
    },
  );

  it('uploaded: its images cannot be fetched, so it is stored as its text reads, with an IMAGES_UNREAD issue saying so', async () => {
    // Alone (the collected copy would be the same report), and other bytes than the collected page's.
    await pool.query('TRUNCATE report, jurisdiction RESTART IDENTITY CASCADE');
    const html = fixture.html.replace('</body>', '<!-- uploaded copy --></body>');
    const response = await reports.POST(multipart('/api/reports', new TextEncoder().encode(html), 'report.html', bearer()));
    expect(response.status, await response.clone().text()).toBe(201);
    const read = await detail(((await response.json()) as { id: number }).id);
    const unread = read.issues.find((i) => i.code === 'IMAGES_UNREAD');
    expect(unread?.message.en).toMatch(/an uploaded page’s images cannot be fetched; collect the page from its address/);
    expect(read.issues.some((i) => i.code === 'TABLE_MISSING')).toBe(true);
  });
});
