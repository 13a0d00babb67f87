// The same-report rule as ingest applies it, through the real reader processes and PostgreSQL:
// re-encodings of a bundled report become sources of one report (also when stored at the same
// moment); the copy with more figures read from tables is shown; a copy that disagrees, another
// office or another year stays a report of its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReadOutcome } from '../../ingest';
import { ingestTestBed } from '../testing/ingest';
import { ingestBytes, type IngestDeps, type IngestResult } from './index';

const SEEDS = path.resolve(import.meta.dirname, '../../../data/reports/seeds');
const yiyang = readFileSync(path.join(SEEDS, '001-yiyang-2020.txt'), 'utf8');
const wulanchabu = readFileSync(path.join(SEEDS, '003-wulanchabu-office-2020.txt'), 'utf8');

const bed = ingestTestBed(6);
const rows = async (sql: string, params: unknown[] = []) => (await bed.pool.query(sql, params)).rows;

const ingest = (text: string | Uint8Array, name: string, d: IngestDeps = bed.deps): Promise<IngestResult> =>
  ingestBytes(bed.pool, typeof text === 'string' ? new TextEncoder().encode(text) : text, name, d);

/** The reader, with the parse of each read changed by `edit` (a copy whose tables read otherwise). */
function editedReads(edit: (read: Extract<ReadOutcome, { ok: true }>) => void): IngestDeps {
  return {
    read: async (bytes, name) => {
      const read = await bed.reader.read(bytes, name);
      if (read.ok) edit(read);
      return read;
    },
  };
}

describe('the same report in other bytes', () => {
  it('GBK and UTF-16 re-encodings of a bundled report are one report with three sources, the first one shown', async () => {
    const first = await ingest(yiyang, 'yiyang.txt');
    expect(first).toMatchObject({ status: 'saved' });
    const gbk = await ingest(iconv.encode(yiyang.replaceAll('\u00a0', ' '), 'gbk'), 'yiyang-gbk.txt');
    const utf16 = await ingest(iconv.encode(yiyang, 'utf-16le', { addBOM: true }), 'yiyang-utf16.txt');
    for (const copy of [gbk, utf16])
      expect(copy).toMatchObject({ status: 'merged', reportId: (first as { reportId: number }).reportId, shown: false });
    expect(await rows('SELECT count(*)::int AS n FROM report')).toEqual([{ n: 1 }]);
    const sources = await rows(
      `SELECT s.file_name, s.encoding, s.table_figures, r.shown_source_id = s.id AS shown
       FROM report_source s JOIN report r ON r.id = s.report_id ORDER BY s.id`,
    );
    expect(sources.map((s) => [s.file_name, s.encoding, s.shown])).toEqual([
      ['yiyang.txt', 'utf-8', true],
      ['yiyang-gbk.txt', 'gb18030', false],
      ['yiyang-utf16.txt', 'utf-16le', false],
    ]);
    expect(new Set(sources.map((s) => s.table_figures)).size).toBe(1);
    // Each file again is "unchanged": re-running an ingest is safe.
    expect(await ingest(iconv.encode(yiyang, 'utf-16le', { addBOM: true }), 'again.txt')).toMatchObject({ status: 'unchanged' });
  });

  it('copies stored at the same moment still become one report', async () => {
    const copies = [
      ingest(yiyang, 'a.txt'),
      ingest(iconv.encode(yiyang.replaceAll('\u00a0', ' '), 'gbk'), 'b.txt'),
      ingest(iconv.encode(yiyang, 'utf-16le', { addBOM: true }), 'c.txt'),
      ingest(iconv.encode(yiyang, 'utf-16be', { addBOM: true }), 'd.txt'),
    ];
    const results = await Promise.all(copies);
    expect(results.map((r) => r.status).sort()).toEqual(['merged', 'merged', 'merged', 'saved']);
    expect(await rows('SELECT count(*)::int AS n FROM report')).toEqual([{ n: 1 }]);
    expect(await rows('SELECT count(*)::int AS n FROM report_source')).toEqual([{ n: 4 }]);
  });

  it('the copy with more figures read from tables becomes the one shown, and the report takes its figures', async () => {
    // A first copy whose tables were half lost (read from sentences instead), then the full one.
    const poorer = editedReads((read) => {
      for (const [key, p] of Object.entries(read.result.provenance)) if (key.startsWith('results.')) p.via = 'narrative';
      read.tableFigures = Object.entries(read.result.figures).filter(
        ([k, v]) => v !== null && read.result.provenance[k]!.via === 'table',
      ).length;
    });
    const first = await ingest(yiyang, 'yiyang-scraped.txt', poorer);
    expect(first.status).toBe('saved');
    const id = (first as { reportId: number }).reportId;
    const narrative = async () =>
      (await rows(`SELECT count(*)::int AS n FROM figure WHERE report_id = $1 AND provenance = 'narrative'`, [id]))[0].n;
    expect(await narrative()).toBeGreaterThan(50);

    const better = await ingest(iconv.encode(yiyang, 'utf-16le', { addBOM: true }), 'yiyang-utf16.txt');
    expect(better).toMatchObject({ status: 'merged', reportId: id, shown: true });
    expect(await narrative()).toBe(0);
    const shown = await rows('SELECT s.file_name FROM report r JOIN report_source s ON s.id = r.shown_source_id WHERE r.id = $1', [id]);
    expect(shown).toEqual([{ file_name: 'yiyang-utf16.txt' }]);
  });

  it('a copy whose figures disagree is another report, even of the same place and year', async () => {
    const first = await ingest(yiyang, 'yiyang.txt');
    const changed = editedReads((read) => {
      read.result.figures['applications.new.total'] = (read.result.figures['applications.new.total'] ?? 0) + 1;
    });
    const second = await ingest(iconv.encode(yiyang, 'utf-16le', { addBOM: true }), 'yiyang-other.txt', changed);
    expect(second).toMatchObject({ status: 'saved' });
    expect((second as { reportId: number }).reportId).not.toBe((first as { reportId: number }).reportId);
  });

  it('one office’s report is the same only with the same body, written alike however it is spaced', async () => {
    const office = await ingest(wulanchabu, 'office.txt');
    expect(office).toMatchObject({ status: 'saved' });
    const spaced = editedReads((read) => {
      read.result.meta.body = ` ${read.result.meta.body!.split('').join(' ')} `;
    });
    expect(await ingest(iconv.encode(wulanchabu, 'utf-16le', { addBOM: true }), 'office-spaced.txt', spaced)).toMatchObject({
      status: 'merged',
    });
    const otherOffice = editedReads((read) => {
      read.result.meta.body = '乌兰察布市教育局';
    });
    expect(await ingest(iconv.encode(wulanchabu, 'utf-16be', { addBOM: true }), 'other-office.txt', otherOffice)).toMatchObject({
      status: 'saved',
    });
  });
});
