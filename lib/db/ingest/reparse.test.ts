// Reparse with the real reader processes: stale reports are re-read in full, atomically; texts now
// refused as not reports are removed, saying so; a file that cannot be read now (time) leaves its
// report as it was; duplicates stored the old way (one report per file) are merged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { docxOf } from '../../extract/testing/zip';
import { readerRefusal } from '../../ingest';
import { pngBomb } from '../../ingest/testing/hostile';
import { PARSER_VERSION } from '../../parser/types';
import { ensureJurisdiction } from '../jurisdictions';
import { placeFromMeta } from '../jurisdictions/from-meta';
import { ingestTestBed } from '../testing/ingest';
import { ingestBytes, prepareReport, type IngestDeps } from './index';
import { reparseStale, staleReportIds } from './reparse';
import { reparseOnStart } from './reparse-on-start';
import { insertReport } from './write';

const seed = readFileSync(path.resolve(import.meta.dirname, '../../../data/reports/seeds/000-fuyang-2020.txt'));

const bed = ingestTestBed(4);
const count = async (sql: string, params: unknown[] = []) => Number((await bed.pool.query(sql, params)).rows[0].count);

async function saved(bytes: Uint8Array, fileName: string, options = {}): Promise<number> {
  const r = await ingestBytes(bed.pool, bytes, fileName, bed.deps, options);
  if (r.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(r)}`);
  return r.reportId;
}

describe('reparse', () => {
  it('keeps a stored DOCX that is now sent to recognition (its tables are pictures) and queues it, never removing it', async () => {
    const lines = seed
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim());
    const id = await saved(docxOf(lines), 'report.docx');
    // What a DOCX stored before its pictures were read holds: table 4 a picture the text lacked.
    const t4 = lines.findIndex((l) => /^四、.*行政复议/.test(l));
    const t5 = lines.findIndex((l) => /^五、/.test(l));
    const pictured = docxOf([
      ...lines.slice(0, t4 + 1),
      { image: pngBomb(64), extension: 'png', contentType: 'image/png' },
      ...lines.slice(t5),
    ]);
    await bed.pool.query(`UPDATE report_source SET original = $2 WHERE report_id = $1`, [id, Buffer.from(pictured)]);
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    const summary = await reparseStale(bed.pool, bed.deps);
    expect(summary).toMatchObject({ reread: 0, removedReports: 0, removedSources: [], kept: [{ reportId: id }] });
    expect(summary.kept[0]!.message).toMatch(/IMAGE_TABLES.*queued for text recognition/);
    expect(await count('SELECT count(*) FROM report_source WHERE report_id = $1', [id])).toBe(1);
    expect(await count(`SELECT count(*) FROM ocr_job WHERE status = 'queued' AND file_name = 'report.docx'`)).toBe(1);
    await bed.pool.query('TRUNCATE ocr_job RESTART IDENTITY CASCADE');
  });

  it('re-reads reports of another parser version, keeps corrections, and leaves current ones alone', async () => {
    const id = await saved(seed, '000-fuyang-2020.txt', { corrections: { body: '阜阳市人民政府办公室' } });
    const figures = () => bed.pool.query('SELECT key, value, provenance, span_start FROM figure WHERE report_id = $1 ORDER BY key', [id]);
    const before = (await figures()).rows;
    expect(await staleReportIds(bed.pool)).toEqual([]);

    // What an older parser might have left: another version, a wrong figure, a missing one, a stray issue.
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1', body = 'old' WHERE id = $1`, [id]);
    await bed.pool.query(`UPDATE figure SET value = 999 WHERE report_id = $1 AND key = 'applications.new.total'`, [id]);
    await bed.pool.query(`DELETE FROM figure WHERE report_id = $1 AND key = 'results.granted.total'`, [id]);
    await bed.pool.query(
      `INSERT INTO report_issue (report_id, code, severity, message_zh, message_en, keys) VALUES ($1, 'SUM_MISMATCH', 'error', 'x', 'x', '{}')`,
      [id],
    );
    await bed.pool.query(`UPDATE report_source SET table_figures = 0, text = 'old' WHERE report_id = $1`, [id]);
    expect(await staleReportIds(bed.pool)).toEqual([id]);

    const summary = await reparseStale(bed.pool, bed.deps);
    expect(summary).toMatchObject({ reread: 1, removedReports: 0, removedSources: [], kept: [], failed: [], merges: [] });
    const report = (await bed.pool.query('SELECT parser_version, body, corrections FROM report WHERE id = $1', [id])).rows[0];
    expect(report.parser_version).toBe(PARSER_VERSION);
    expect(report.body).toBe('阜阳市人民政府办公室');
    expect(report.corrections.body).toMatchObject({ parsed: '阜阳市人民政府', corrected: '阜阳市人民政府办公室' });
    expect((await figures()).rows).toEqual(before);
    expect(await count(`SELECT count(*) FROM report_issue WHERE report_id = $1 AND message_zh = 'x'`, [id])).toBe(0);
    const source = (await bed.pool.query('SELECT table_figures, text FROM report_source WHERE report_id = $1', [id])).rows[0];
    expect(source.table_figures).toBeGreaterThan(100);
    expect(source.text).toContain('阜阳市');
    expect(await staleReportIds(bed.pool)).toEqual([]);
  });

  it('removes a stored text that is now refused as not a report, and its report with it, saying so', async () => {
    const id = await saved(seed, 'x.txt');
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    await bed.pool.query(`UPDATE report_source SET original = convert_to('今天天气很好。', 'UTF8') WHERE report_id = $1`, [id]);

    const lines: string[] = [];
    const summary = await reparseStale(bed.pool, bed.deps, { onResult: (r) => lines.push(r.status) });
    expect(lines).toEqual(['removed']);
    expect(summary).toMatchObject({ reread: 0, removedReports: 1 });
    expect(summary.removedSources).toEqual([{ reportId: id, fileName: 'x.txt', code: 'NOT_A_REPORT', message: expect.any(Object) }]);
    for (const table of ['report', 'report_source', 'figure', 'report_issue']) expect(await count(`SELECT count(*) FROM ${table}`)).toBe(0);
  });

  it('removes only the refused source of a report that has another, and the report stays', async () => {
    const id = await saved(seed, 'fuyang.txt');
    const copy = await ingestBytes(bed.pool, iconv.encode(seed.toString('utf8'), 'gbk'), 'fuyang-gbk.txt', bed.deps);
    expect(copy).toMatchObject({ status: 'merged', reportId: id, shown: false });
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    // The shown (first) source is the one that turns out not to be a report.
    await bed.pool.query(`UPDATE report_source SET original = convert_to('今天天气很好。', 'UTF8') WHERE file_name = 'fuyang.txt'`);

    const summary = await reparseStale(bed.pool, bed.deps);
    expect(summary).toMatchObject({ reread: 1, removedReports: 0 });
    expect(summary.removedSources.map((s) => s.fileName)).toEqual(['fuyang.txt']);
    const sources = (
      await bed.pool.query('SELECT s.file_name, r.shown_source_id = s.id AS shown FROM report_source s JOIN report r ON r.id = s.report_id')
    ).rows;
    expect(sources).toEqual([{ file_name: 'fuyang-gbk.txt', shown: true }]);
    expect(await count('SELECT count(*) FROM figure WHERE report_id = $1', [id])).toBeGreaterThan(100);
  });

  it('leaves a report as it was when its file cannot be read now (a time limit), to retry later', async () => {
    const id = await saved(seed, 'x.txt');
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    const figures = await count('SELECT count(*) FROM figure WHERE report_id = $1', [id]);
    const slow: IngestDeps = { read: async () => readerRefusal('TIMEOUT', '30 s') };
    const summary = await reparseStale(bed.pool, slow);
    expect(summary.kept).toEqual([expect.objectContaining({ reportId: id, message: expect.stringContaining('TIMEOUT') })]);
    expect(summary.removedSources).toEqual([]);
    expect((await bed.pool.query('SELECT parser_version FROM report WHERE id = $1', [id])).rows[0].parser_version).toBe('0.0.1');
    expect(await count('SELECT count(*) FROM figure WHERE report_id = $1', [id])).toBe(figures);
  });

  it('merges the same report stored twice the old way (a GBK copy as a second report), the older id staying', async () => {
    // Stored without the rule, as before report sources: one report per file.
    const ids: number[] = [];
    for (const [bytes, name] of [
      [seed, 'fuyang.txt'],
      [iconv.encode(seed.toString('utf8'), 'gbk'), 'fuyang-gbk.txt'],
      [iconv.encode(seed.toString('utf8'), 'utf-16le', { addBOM: true }), 'fuyang-utf16.txt'],
    ] as const) {
      const read = await bed.reader.read(new Uint8Array(bytes), name);
      if (!read.ok) throw new Error(read.message.en);
      const prepared = prepareReport({ bytes, fileName: name, read });
      if (!prepared.ok) throw new Error(prepared.refusal.message.en);
      const jurisdictionId = await ensureJurisdiction(bed.pool, placeFromMeta(read.result.meta)!);
      ids.push((await insertReport(bed.pool, jurisdictionId, prepared.prepared)).reportId);
    }
    expect(await count('SELECT count(*) FROM report')).toBe(3);
    const figuresBefore = (await bed.pool.query('SELECT key, value FROM figure WHERE report_id = $1 ORDER BY key', [ids[0]])).rows;

    const summary = await reparseStale(bed.pool, bed.deps);
    expect(summary.reread).toBe(0);
    expect(summary.merges).toEqual([
      { into: ids[0], from: ids[1] },
      { into: ids[0], from: ids[2] },
    ]);
    expect(await count('SELECT count(*) FROM report')).toBe(1);
    expect(await count('SELECT count(*) FROM report_source WHERE report_id = $1', [ids[0]])).toBe(3);
    expect((await bed.pool.query('SELECT key, value FROM figure WHERE report_id = $1 ORDER BY key', [ids[0]])).rows).toEqual(figuresBefore);
    expect(await count('SELECT count(*) FROM figure')).toBe(figuresBefore.length);
    const shown = (await bed.pool.query('SELECT s.file_name FROM report r JOIN report_source s ON s.id = r.shown_source_id')).rows;
    expect(shown).toEqual([{ file_name: 'fuyang.txt' }]);
    // Nothing left to merge.
    expect((await reparseStale(bed.pool, bed.deps)).merges).toEqual([]);
  });
});

describe('npm start', () => {
  it('re-reads the reports an older parser read before serving, with progress, and says nothing when there are none', async () => {
    const id = await saved(seed, 'a.txt');
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    const lines: string[] = [];
    await reparseOnStart(bed.database.url, (line) => lines.push(line));
    expect(lines[0]).toBe(`Re-reading the 1 reports an older parser read, with parser ${PARSER_VERSION}…`);
    expect(lines).toContain('  1/1 re-read');
    expect(lines.some((l) => /^1 reports re-read in [\d.]+ s/.test(l))).toBe(true);
    expect(await staleReportIds(bed.pool)).toEqual([]);
    lines.length = 0;
    await reparseOnStart(bed.database.url, (line) => lines.push(line));
    expect(lines).toEqual([]);
  });

  it('says clearly when it did not re-read them: switched off, or the re-reading failed', async () => {
    const id = await saved(seed, 'a.txt');
    await bed.pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
    const lines: string[] = [];
    await reparseOnStart(bed.database.url, (line) => lines.push(line), { REPARSE_ON_START: '0' });
    expect(lines).toEqual([expect.stringMatching(/^Not re-reading the 1 reports an older parser read \(REPARSE_ON_START=0\)/)]);
    expect(await staleReportIds(bed.pool)).toEqual([id]);
    lines.length = 0;
    await reparseOnStart(bed.database.url.replace(/\/[^/]+$/, '/no_such_database'), (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/^Did not re-read the reports an older parser read: .*no_such_database/)]);
  });
});
