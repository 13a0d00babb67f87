// The OCR queue end to end, with the real engine in a real OCR process: a scan queued once (the same
// bytes again give the same job), recognised with page progress, read by the one parser, stored
// with each figure's page and box and the page image; a ruled table of zeros reads as zeros (its
// grid lines are never read as 1 or |); a reparse lays the stored recognition out again without
// recognising. The scan is typeset here (seed 000's title and its table 4, every cell 0) and put
// through a scanner's turn, blur and grey paper.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCANNER } from '../../ocr/testing/damage';
import { tableScan } from '../../ocr/testing/table-scan';
import { ingestTestBed } from '../testing/ingest';
import { reparseStale } from '../ingest/reparse';
import { enqueueOcrJob, getOcrJob, requeueStoredScans } from './jobs';
import { createOcrPool, ocrWorkerLimits, runOneOcrJob } from './worker';

const root = path.resolve(import.meta.dirname, '../../..');
const bed = ingestTestBed(4);

async function zeroTableScan(): Promise<Buffer> {
  // A good scan (the damage the eval measures is heavier): what is tested here is the grid, not the noise.
  const damage = { ...SCANNER, seal: false, noise: 4, jpegQuality: 85 };
  return (await tableScan(root, { seed: '000-fuyang-2020.txt', table: 4, dpi: 200, damage, random: 7, zeros: true })).jpeg;
}

describe('OCR queue', () => {
  it(
    'recognises a queued scan once and stores it with page, box and image; a ruled table of zeros reads as zeros; reparse never recognises, unless asked (requeueStoredScans)',
    { timeout: 600_000 },
    async () => {
      const scan = await zeroTableScan();
      const first = await enqueueOcrJob(bed.pool, scan, 'zeros.jpg');
      const again = await enqueueOcrJob(bed.pool, scan, 'zeros-again.jpg');
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
      expect((await getOcrJob(bed.pool, first.id))?.status).toBe('queued');

      const limits = ocrWorkerLimits({});
      const ocr = createOcrPool(limits, root);
      try {
        expect(await runOneOcrJob(bed.pool, ocr, limits)).toBe(true);
        expect(await runOneOcrJob(bed.pool, ocr, limits)).toBe(false);
      } finally {
        await ocr.close();
      }
      const job = await getOcrJob(bed.pool, first.id);
      expect(job).toMatchObject({ status: 'done', pagesDone: 1, pagesTotal: 1, outcome: { status: 'saved' } });
      const reportId = job!.reportId!;

      const { rows } = await bed.pool.query<{
        key: string;
        value: number | null;
        provenance: string;
        ocr: { medium: string; page: number; box: number[] } | null;
      }>(
        `SELECT key, value, provenance, ocr FROM figure WHERE report_id = $1 AND (key LIKE 'review.%' OR key LIKE 'litigation%') ORDER BY key`,
        [reportId],
      );
      // Every printed cell of the table is 0, read from its cell: none is a 1 or lost to a grid line.
      expect(rows.filter((r) => r.provenance === 'table').length).toBe(15);
      // The five sums of both kinds of lawsuit are inferred from those cells, and keep their place too.
      expect(rows.length).toBe(20);
      for (const r of rows) {
        expect(r.value).toBe(0);
        expect(r.ocr).toMatchObject({ medium: 'ocr', page: 1 });
        expect(r.ocr!.box[2]! - r.ocr!.box[0]!).toBeGreaterThan(0);
      }
      const pages = await bed.pool.query('SELECT page, width, height, octet_length(image) AS size FROM ocr_page');
      expect(pages.rows).toMatchObject([{ page: 1 }]);
      expect(Number(pages.rows[0].size)).toBeGreaterThan(10_000);

      // A reparse lays the stored recognition out again: reading the bytes would refuse them (a scan).
      await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [reportId]);
      await bed.pool.query(`UPDATE figure SET value = 5 WHERE report_id = $1 AND key = 'review.upheld'`, [reportId]);
      const summary = await reparseStale(bed.pool, { read: () => Promise.reject(new Error('recognised again')) });
      expect(summary.reread).toBe(1);
      const upheld = await bed.pool.query(`SELECT value, ocr FROM figure WHERE report_id = $1 AND key = 'review.upheld'`, [reportId]);
      expect(upheld.rows[0]).toMatchObject({ value: 0, ocr: { medium: 'ocr' } });

      // Recognition again only when asked: the source takes the new recognition (here: its stored
      // one emptied first, so only recognising again brings the figures back) and the report is re-read.
      await bed.pool.query(`UPDATE report_source SET ocr = jsonb_set(ocr, '{items}', '[]'::jsonb) WHERE report_id = $1`, [reportId]);
      const requeued = await requeueStoredScans(bed.pool);
      expect(requeued).toMatchObject({ queued: [{ created: true, fileName: 'zeros.jpg' }], notKept: [] });
      const ocr2 = createOcrPool(limits, root);
      try {
        expect(await runOneOcrJob(bed.pool, ocr2, limits)).toBe(true);
      } finally {
        await ocr2.close();
      }
      expect(await getOcrJob(bed.pool, requeued.queued[0]!.id)).toMatchObject({
        status: 'done',
        reportId,
        outcome: { status: 'unchanged' },
      });
      const items = await bed.pool.query(`SELECT jsonb_array_length(ocr->'items') AS n FROM report_source WHERE report_id = $1`, [
        reportId,
      ]);
      expect(items.rows[0].n).toBeGreaterThan(15);
      const zeros = await bed.pool.query(
        `SELECT count(*)::int AS n FROM figure WHERE report_id = $1 AND key LIKE 'review.%' AND value = 0`,
        [reportId],
      );
      expect(zeros.rows[0].n).toBe(5);
    },
  );
});
