// The stored quality checks on a real PostgreSQL: the bundled 洪泽区 reports ingested (2024 first),
// checked, and 2024 checked again when 2023 arrives (the trigger queues the next year).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '@/lib/domain';
import { ingestBytes } from '../ingest';
import { ingestTestBed } from '../testing/ingest';
import { qualityPending, queueOutdatedQuality, refreshQuality } from './refresh';

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
  it('are computed for queued reports, and the next year is checked again when its previous year arrives', async () => {
    const y2024 = await ingest('reference-text/hongze_district_2024.txt');
    expect(await qualityPending(bed.pool)).toBe(true);
    expect(await refreshQuality(bed.pool)).toBe(1);
    expect(await qualityPending(bed.pool)).toBe(false);
    const alone = await checksOf(y2024);
    expect(alone.previous_report_id).toBeNull();
    expect(alone.checks.find((c) => c.id === 'continuity')!.status).toBe('na');

    const y2023 = await ingest('reference-text/hongze_district_2023.txt');
    expect(await refreshQuality(bed.pool)).toBe(2);
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
