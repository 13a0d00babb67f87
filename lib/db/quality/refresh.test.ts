// The stored quality checks on a real PostgreSQL: the bundled 洪泽区 reports ingested (2024 first),
// checked, and 2024 checked again when 2023 arrives (the trigger queues the next year).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '@/lib/domain';
import { ingestBytes } from '../ingest';
import { ingestTestBed } from '../testing/ingest';
import { inTransaction } from '../ingest/write';
import { computeOwnQuality, qualityPending, queueOutdatedQuality, refreshQuality } from './refresh';

const bed = ingestTestBed();

async function ingest(file: string) {
  const bytes = readFileSync(path.join(process.cwd(), 'data/reports', file));
  const result = await ingestBytes(bed.pool, new Uint8Array(bytes), path.basename(file), bed.deps);
  if (result.status !== 'saved') throw new Error(`${file}: ${result.status}`);
  return result.reportId;
}

async function checksOf(reportId: number): Promise<{ failed_checks: string[]; previous_report_id: number | null; checks: CheckResult[] }> {
  const { rows } = await bed.pool.query('SELECT failed_checks, previous_report_id, checks FROM report_quality WHERE report_id = $1', [
    reportId,
  ]);
  return rows[0];
}

describe('stored quality checks', () => {
  it('are computed by the write, and the next year is checked again when its previous year arrives', async () => {
    const y2024 = await ingest('reference-text/hongze_district_2024.txt');
    // Computed in the writing transaction: nothing is left queued for pages to compute.
    expect(await qualityPending(bed.pool)).toBe(false);
    const alone = await checksOf(y2024);
    expect(alone.previous_report_id).toBeNull();
    expect(alone.checks.find((c) => c.id === 'continuity')!.status).toBe('na');

    const y2023 = await ingest('reference-text/hongze_district_2023.txt');
    expect(await qualityPending(bed.pool)).toBe(false);
    const after = await checksOf(y2024);
    expect(after.previous_report_id).toBe(y2023);
    expect(after.checks.find((c) => c.id === 'continuity')).toMatchObject({ status: 'pass', numbers: { previousYear: 2023, compared: 7 } });
    const older = await checksOf(y2023);
    expect(older.failed_checks).toContain('sums');
    expect(older.checks.find((c) => c.id === 'sums')!.details[0]!.zh).toBe('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结:左边 0,右边 11');
  });

  it('goes by the collected page’s date when a source has one (the earliest), else the date printed in the report', async () => {
    const id = await ingest('seeds/000-fuyang-2020.txt');
    await refreshQuality(bed.pool);
    const onTime = async () => (await checksOf(id)).checks.find((c) => c.id === 'onTime')!;
    expect(await onTime()).toMatchObject({ status: 'pass', numbers: { dateFrom: 'signed', date: '2021-03-08' } });
    // Collection sets a source's page date: the report is queued and checked again by it.
    await bed.pool.query(`UPDATE report_source SET page_published_on = '2021-04-10' WHERE report_id = $1`, [id]);
    expect(await qualityPending(bed.pool)).toBe(true);
    await refreshQuality(bed.pool);
    expect(await onTime()).toMatchObject({ status: 'fail', numbers: { dateFrom: 'page', date: '2021-04-10', daysLate: 10 } });
    await bed.pool.query(
      `INSERT INTO report_source (report_id, content_hash, file_name, file_type, mime_type, original, text, table_figures, page_published_on)
       VALUES ($1, 'other-copy', 'copy.html', 'html', 'text/html', '', '', 0, '2021-03-30')`,
      [id],
    );
    await refreshQuality(bed.pool);
    expect(await onTime()).toMatchObject({ status: 'pass', numbers: { dateFrom: 'page', date: '2021-03-30' } });
  });

  it('a transaction computes the reports it queued, and leaves those queued by others', async () => {
    const id = await ingest('seeds/000-fuyang-2020.txt');
    // Queued by another transaction (a write by hand): not this one's.
    await bed.pool.query(`UPDATE report_source SET page_published_on = '2021-04-10' WHERE report_id = $1`, [id]);
    const mine = await ingest('seeds/001-yiyang-2020.txt');
    await bed.pool.query('DELETE FROM report_quality WHERE report_id = $1', [mine]);
    const computed = await inTransaction(bed.pool, async (client) => {
      await client.query(`UPDATE report_source SET page_published_on = '2021-01-20' WHERE report_id = $1`, [mine]);
      return computeOwnQuality(client);
    });
    expect(computed).toBe(1);
    expect((await checksOf(mine)).checks.find((c) => c.id === 'onTime')).toMatchObject({
      numbers: { dateFrom: 'page', date: '2021-01-20' },
    });
    const { rows } = await bed.pool.query<{ report_id: number }>('SELECT report_id FROM quality_queue');
    expect(rows).toEqual([{ report_id: id }]);
  });

  it('a bulk load (quality: batch) leaves its checks queued, for refreshQuality to compute in batches', async () => {
    const bytes = readFileSync(path.join(process.cwd(), 'data/reports/seeds/000-fuyang-2020.txt'));
    const result = await ingestBytes(bed.pool, new Uint8Array(bytes), '000-fuyang-2020.txt', bed.deps, { quality: 'batch' });
    if (result.status !== 'saved') throw new Error(result.status);
    expect(await checksOf(result.reportId)).toBeUndefined();
    expect(await qualityPending(bed.pool)).toBe(true);
    expect(await refreshQuality(bed.pool)).toBe(1);
    expect((await checksOf(result.reportId)).previous_report_id).toBeNull();
  });

  it('a report checked by an older version of the checks is queued again', async () => {
    const id = await ingest('seeds/000-fuyang-2020.txt');
    await refreshQuality(bed.pool);
    await bed.pool.query(`UPDATE report_quality SET version = 'old'`);
    expect(await queueOutdatedQuality(bed.pool)).toBe(1);
    expect(await refreshQuality(bed.pool, { limit: 5 })).toBe(1);
    const { rows } = await bed.pool.query('SELECT version FROM report_quality WHERE report_id = $1', [id]);
    expect(rows[0].version).not.toBe('old');
  });
});
