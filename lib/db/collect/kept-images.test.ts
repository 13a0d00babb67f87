// A collected page's images are kept with its source (report_source_image, collected_image), so
// `reparse --recognise` recognises the page again from them: collected from the fixture site on
// 127.0.0.1 (its resolver injected), recognised by the real engine in a real OCR process, then — the
// site stopped — recognised again from the kept bytes, with the same figures and each table figure
// still naming the image's address. A page stored before its images were kept is named, not failed.
// The bytes are kept once however many pages show them, and go with the last source showing them.
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { imageTablePage, type ImageTablePage } from '../../collect/testing/image-tables';
import { SITE_HOST, type FixtureSite } from '../../collect/testing/site';
import type { Reader } from '../../ingest';
import type { PageImage } from '../../ocr/types';
import { ingestBytes } from '../ingest';
import { keepSourceImages } from '../ingest/source-images';
import { getOcrJob, requeueStoredScans } from '../ocr/jobs';
import { createOcrPool, ocrWorkerLimits, runOneOcrJob } from '../ocr/worker';
import { startCollectHarness, type CollectHarness } from './testing/harness';

const root = path.resolve(import.meta.dirname, '../../..');
const ARTICLE = '/xxgk/ndbg/202103/t4-kept.html';
const OTHER_SITE = 'cdn.elsewhere.test';

let harness: CollectHarness;
let pool: pg.Pool;
let site: FixtureSite;
let reader: Reader;
let fixture: ImageTablePage;

beforeAll(async () => {
  harness = await startCollectHarness();
  ({ pool, site, reader } = harness);
  fixture = await imageTablePage(root, '000-fuyang-2020.txt', 'images/t4.jpg', `<img src="http://${OTHER_SITE}:${site.port}/t4.jpg">`);
  site.setRoute(SITE_HOST, ARTICLE, { body: Buffer.from(fixture.html), type: 'text/html; charset=utf-8' });
  site.setRoute(SITE_HOST, '/xxgk/ndbg/202103/images/t4.jpg', { body: fixture.jpeg, type: 'image/jpeg' });
});

afterAll(() => harness?.close());

beforeEach(async () => {
  await harness.reset();
  await pool.query('TRUNCATE ocr_job, collected_image RESTART IDENTITY CASCADE');
});

const count = async (table: string) => (await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

/** The report's figures (key → value) and each figure's OCR provenance. */
async function figuresOf(reportId: number) {
  const { rows } = await pool.query<{ key: string; value: number | null; provenance: string; ocr: { source?: string } | null }>(
    'SELECT key, value, provenance, ocr FROM figure WHERE report_id = $1 ORDER BY key',
    [reportId],
  );
  return rows;
}

async function recognise(): Promise<void> {
  const limits = ocrWorkerLimits({});
  const ocr = createOcrPool(limits, root);
  try {
    expect(await runOneOcrJob(pool, ocr, limits)).toBe(true);
    expect(await runOneOcrJob(pool, ocr, limits)).toBe(false);
  } finally {
    await ocr.close();
  }
}

describe('a collected page’s images, kept with its source', () => {
  it('are kept once however many pages show them, go with the last source showing them (never under a writer keeping them), and a re-run adds none', async () => {
    const jpeg = new Uint8Array(fixture.jpeg);
    const image = (src: string): PageImage => ({ src, url: `http://${SITE_HOST}/${src}`, bytes: jpeg, contentType: 'image/jpeg' });
    const page = (n: number) => new TextEncoder().encode(fixture.html.replace('</body>', `<!-- copy ${n} --></body>`));
    const deps = { read: reader.read };
    const first = await ingestBytes(pool, page(1), 'a.html', deps, { images: [image('a.jpg')] });
    const second = await ingestBytes(pool, page(2), 'b.html', deps, { images: [image('b.jpg')] });
    const again = await ingestBytes(pool, page(2), 'b.html', deps, { images: [image('b.jpg')] });
    expect([first.status, second.status, again.status]).toEqual(['saved', 'merged', 'unchanged']);
    expect(await count('collected_image')).toBe(1);
    expect(await count('report_source_image')).toBe(2);
    const size = await pool.query('SELECT octet_length(bytes) AS n FROM collected_image');
    expect(size.rows[0].n).toBe(jpeg.byteLength);

    await pool.query("DELETE FROM report_source WHERE file_name = 'b.html'");
    expect(await count('collected_image')).toBe(1);

    // The last source showing them removed while another writer keeps them for its source: that
    // writer's are not deleted under it, nor does the removal wait for it.
    const later = await ingestBytes(pool, page(3), 'c.html', deps);
    if (later.status !== 'merged') throw new Error(`not merged: ${later.status}`);
    const writer = await pool.connect();
    const remover = await pool.connect();
    try {
      await writer.query('BEGIN');
      await keepSourceImages(writer, later.sourceId, [image('c.jpg')]);
      await remover.query("SET lock_timeout = '2s'");
      await remover.query("DELETE FROM report_source WHERE file_name = 'a.html'");
      await writer.query('COMMIT');
    } finally {
      writer.release();
      remover.release();
    }
    expect(await count('collected_image')).toBe(1);
    expect(await count('report_source_image')).toBe(1);
    await pool.query("DELETE FROM report_source WHERE file_name = 'c.html'");
    expect(await count('collected_image')).toBe(0);
  });

  it(
    'recognised again by reparse --recognise from the kept bytes, the site stopped: the same figures, each with the image’s address',
    { timeout: 600_000 },
    async () => {
      const url = `${site.origin}${ARTICLE}`;
      const imageUrl = `${site.origin}/xxgk/ndbg/202103/images/t4.jpg`;
      const summary = await harness.collect([url]);
      expect(summary).toMatchObject({ queued: 1, failed: [] });
      await recognise();
      const { rows: sources } = await pool.query<{ id: number; report_id: number }>('SELECT id, report_id FROM report_source');
      expect(sources).toHaveLength(1);
      const { id: sourceId, report_id: reportId } = sources[0]!;
      const kept = await pool.query(
        `SELECT position, src, url, content_type, image_hash IS NOT NULL AS has_bytes, unread->>'code' AS code
         FROM report_source_image WHERE source_id = $1 ORDER BY position`,
        [sourceId],
      );
      expect(kept.rows).toEqual([
        { position: 0, src: 'images/t4.jpg', url: imageUrl, content_type: 'image/jpeg', has_bytes: true, code: null },
        {
          position: 1,
          src: `http://${OTHER_SITE}:${site.port}/t4.jpg`,
          url: `http://${OTHER_SITE}:${site.port}/t4.jpg`,
          content_type: null,
          has_bytes: false,
          code: 'IMAGE_OTHER_HOST',
        },
      ]);
      const collected = await figuresOf(reportId);
      const fromImage = collected.filter((f) => f.ocr);
      // Table 4 from the picture, none wrong.
      expect(fromImage.length).toBeGreaterThan(10);
      for (const f of fromImage) expect(f.ocr!.source).toBe(imageUrl);
      for (const f of collected.filter((f) => f.value !== null && f.key in fixture.expected)) expect(f.value).toBe(fixture.expected[f.key]);

      // The site gone, and the stored recognition emptied: only recognising the kept bytes again
      // brings table 4 back.
      await site.close();
      const requests = site.requests.length;
      await pool.query(`UPDATE report_source SET ocr = jsonb_set(ocr, '{items}', '[]'::jsonb) WHERE id = $1`, [sourceId]);
      const requeued = await requeueStoredScans(pool);
      expect(requeued).toMatchObject({ queued: [{ created: true }], notKept: [] });
      await recognise();
      expect(await getOcrJob(pool, requeued.queued[0]!.id)).toMatchObject({ status: 'done', reportId, outcome: { status: 'unchanged' } });
      expect(site.requests.length).toBe(requests);
      expect(await figuresOf(reportId)).toEqual(collected);
      const unread = await pool.query<{ message_en: string }>(
        `SELECT message_en FROM report_issue WHERE report_id = $1 AND code = 'IMAGES_UNREAD'`,
        [reportId],
      );
      expect(unread.rows.map((r) => r.message_en).join()).toMatch(/another host \(cdn\.elsewhere\.test/);
      // The job's copies of the images are gone with it; the kept ones stay.
      expect(await count('ocr_job_image')).toBe(0);
      expect(await count('report_source_image')).toBe(2);

      // A page stored before its images were kept: named, left with the recognition it has.
      await pool.query('DELETE FROM report_source_image WHERE source_id = $1', [sourceId]);
      const before = await requeueStoredScans(pool);
      expect(before.queued).toEqual([]);
      expect(before.notKept).toMatchObject([{ reportId, fileName: 't4-kept.html', message: { en: expect.stringMatching(/not kept/) } }]);
      expect(await figuresOf(reportId)).toEqual(collected);
    },
  );
});
