// The ingest writer against a real PostgreSQL, with parse results built here (the parser has its
// own tests): one transaction per report, duplicates recognised, refusals store nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../extract';
import { docxOf } from '../../extract/testing/zip';
import { contentRefusal, tableFigureCount, type ReadOutcome, type ReportRead } from '../../ingest';
import { readInProcess } from '../../ingest/read';
import { pngBomb } from '../../ingest/testing/hostile';
import type { PageImage } from '../../ocr/types';
import type { ParseOutcome, ParseResult } from '../../parser/types';
import { createPool } from '../pool';
import { ensureJurisdiction, loadPopulation, readPopulationCsv, type JurisdictionCache } from '../jurisdictions';
import { startTestDatabase, type TestDatabase } from '../testing';
import { ingestFiles } from './batch';
import { collectFiles } from './files';
import { ingestBytes, storeRead, type IngestDeps, type StoreOptions } from './index';
import { describeIngest, ingestSummary } from './progress';

const DATA = path.resolve(import.meta.dirname, '../../../data');

function result(meta: Partial<ParseResult['meta']> = {}): ParseResult {
  return {
    meta: {
      body: '阜阳市人民政府',
      place: '阜阳市',
      level: 'prefecture',
      province: '安徽省',
      divisionCode: '341200',
      year: 2020,
      title: '阜阳市人民政府2020年政府信息公开工作年度报告',
      publishedOn: '2021-01-29',
      issuer: null,
      scope: 'aggregate',
      format: '2019',
      spans: {},
      ...meta,
    },
    figures: {
      'applications.new.total': 813,
      'applications.new.research': 0,
      'applications.new.legal': null,
      'results.denied.thirdParty.total': 34,
    },
    provenance: {
      'applications.new.total': { via: 'table', span: [100, 103], rule: 'table3.lines', raw: '813' },
      'applications.new.research': { via: 'table', span: [110, 111], rule: 'table3.lines', raw: '0' },
      'applications.new.legal': { via: 'table', span: [120, 121], rule: 'table3.lines', raw: '/' },
      'results.denied.thirdParty.total': {
        via: 'inferred',
        span: [130, 160],
        rule: 'infer.sum',
        basis: 'rowTotal.results.denied.thirdParty',
      },
    },
    issues: [
      {
        code: 'CELL_NOT_NUMBER',
        severity: 'info',
        message: { zh: '单元格为“/”', en: 'Cell holds "/"' },
        keys: ['applications.new.legal'],
        span: [120, 121],
      },
      {
        code: 'SUM_MISMATCH',
        severity: 'error',
        message: { zh: '合计不符', en: 'Sum differs' },
        keys: ['results.total.total', 'carriedForward.total'],
        numbers: { left: 11, right: 0 },
      },
    ],
  };
}

/** A read of `text` whose parse is `result`. */
function readOf(result: ParseResult, text = 'x', fileType: ReportRead['fileType'] = 'txt'): ReportRead {
  return { ok: true, text, fileType, mimeType: 'text/plain', encoding: 'utf-8', result, tableFigures: tableFigureCount(result) };
}

/** Real extraction (in this process); the parse result is whatever the test hands over. */
function deps(outcome: ParseOutcome): IngestDeps {
  return {
    async read(bytes, fileName) {
      const extracted = await extractText(bytes, fileName);
      if (!extracted.ok) return contentRefusal(extracted.code, extracted.message);
      if (!outcome.ok) return contentRefusal(outcome.refusal.code, outcome.refusal.message);
      return readOf(outcome.result, extracted.text, extracted.fileType);
    },
  };
}

/** Stores a report whose read is given (the writer alone). */
function saveParsed(input: { bytes: Uint8Array; fileName: string; text?: string; result: ParseResult }, options: StoreOptions = {}) {
  return storeRead(pool, { bytes: input.bytes, fileName: input.fileName, read: readOf(input.result, input.text) }, options);
}

const seed = readFileSync(path.join(DATA, 'reports/seeds/000-fuyang-2020.txt'));

let database: TestDatabase;
let pool: pg.Pool;
const count = async (table: string) => Number((await pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

beforeAll(async () => {
  database = await startTestDatabase();
  pool = createPool(database.url, { max: 4 });
});
afterAll(async () => {
  await pool?.end();
  await database?.stop();
});
beforeEach(async () => {
  await pool.query('TRUNCATE report, jurisdiction, population, ocr_job RESTART IDENTITY CASCADE');
});

describe('ingestBytes', () => {
  it('saves the report, its original bytes and text, every figure with provenance, and its issues', async () => {
    const saved = await ingestBytes(pool, seed, '000-fuyang-2020.txt', deps({ ok: true, result: result() }));
    expect(saved).toMatchObject({
      status: 'saved',
      figures: 4,
      errors: 1,
      year: 2020,
      jurisdiction: { slug: 'fuyang-341200', name: '阜阳市' },
    });
    if (saved.status !== 'saved') return;
    expect(saved.issues.map((i) => i.code)).toEqual(['CELL_NOT_NUMBER', 'SUM_MISMATCH']);

    const report = (
      await pool.query('SELECT r.*, j.slug, j.pinyin FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id WHERE r.id = $1', [
        saved.reportId,
      ])
    ).rows[0];
    expect(report).toMatchObject({
      body: '阜阳市人民政府',
      year: 2020,
      scope: 'aggregate',
      format: '2019',
      error_count: 1,
      slug: 'fuyang-341200',
      pinyin: 'fuyangshi fys',
      shown_source_id: saved.sourceId,
    });
    const sources = (await pool.query('SELECT * FROM report_source WHERE report_id = $1', [saved.reportId])).rows;
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      id: saved.sourceId,
      file_name: '000-fuyang-2020.txt',
      file_type: 'txt',
      mime_type: 'text/plain',
      encoding: 'utf-8',
      // Two of the four figures have a value read from a table cell (the "/" one has none).
      table_figures: 2,
      page_url: null,
    });
    expect(sources[0].content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.compare(sources[0].original, seed)).toBe(0);
    expect(sources[0].text).toContain('阜阳市');

    const figures = (
      await pool.query(
        'SELECT key, value, provenance, raw, basis, span_start, span_end, year, jurisdiction_id FROM figure WHERE report_id = $1 ORDER BY key',
        [saved.reportId],
      )
    ).rows;
    expect(figures.map((f) => [f.key, f.value])).toEqual([
      ['applications.new.legal', null],
      ['applications.new.research', 0],
      ['applications.new.total', 813],
      ['results.denied.thirdParty.total', 34],
    ]);
    expect(figures[3]).toMatchObject({
      provenance: 'inferred',
      basis: 'rowTotal.results.denied.thirdParty',
      span_start: 130,
      span_end: 160,
      year: 2020,
      jurisdiction_id: report.jurisdiction_id,
    });
    const issues = (
      await pool.query('SELECT code, severity, keys, numbers, span_start FROM report_issue WHERE report_id = $1 ORDER BY id', [
        saved.reportId,
      ])
    ).rows;
    expect(issues).toEqual([
      { code: 'CELL_NOT_NUMBER', severity: 'info', keys: ['applications.new.legal'], numbers: null, span_start: 120 },
      {
        code: 'SUM_MISMATCH',
        severity: 'error',
        keys: ['results.total.total', 'carriedForward.total'],
        numbers: { left: 11, right: 0 },
        span_start: null,
      },
    ]);
  });

  it('recognises the same bytes again and stores nothing more', async () => {
    const first = await ingestBytes(pool, seed, 'a.txt', deps({ ok: true, result: result() }));
    const again = await ingestBytes(pool, seed, 'copy-of-a.txt', deps({ ok: true, result: result() }));
    expect(again).toMatchObject({ status: 'unchanged', fileName: 'copy-of-a.txt', reportId: (first as { reportId: number }).reportId });
    // Also when two saves race past the hash check: the unique hash keeps one.
    const racing = await saveParsed({
      bytes: seed,
      fileName: 'b.txt',
      text: 'x',
      result: result(),
    });
    expect(racing.status).toBe('unchanged');
    expect(await count('report')).toBe(1);
    expect(await count('figure')).toBe(4);
    expect(await count('report_issue')).toBe(2);
    expect(await count('report_source')).toBe(1);
  });

  it('stores nothing of a report the parser refuses, with the reason', async () => {
    const refusal = {
      code: 'NOT_A_REPORT' as const,
      severity: 'error' as const,
      message: { zh: '不是政府信息公开年度报告', en: 'Not an annual report' },
      keys: [],
    };
    const refused = await ingestBytes(pool, Buffer.from('今天天气很好。'), 'weather.txt', deps({ ok: false, refusal }));
    expect(refused).toEqual({
      status: 'refused',
      fileName: 'weather.txt',
      code: 'NOT_A_REPORT',
      message: refusal.message,
      httpStatus: 422,
    });
    for (const table of ['report', 'report_source', 'figure', 'report_issue', 'jurisdiction']) expect(await count(table)).toBe(0);
  });

  it('queues a scan (an image) for text recognition instead of refusing it: a job with its facts, no report; the same bytes again are the same job', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const facts = { pageUrl: 'http://127.0.0.1/nianbao/1.html', documentUrl: 'http://127.0.0.1/nianbao/1.png' } as const;
    const queued = await ingestBytes(pool, png, 'scan.png', deps({ ok: true, result: result() }), {
      facts: { ...facts, contentType: 'image/png', fetchedAt: null, etag: null, lastModified: null },
      corrections: { year: 2020 },
    });
    expect(queued).toMatchObject({ status: 'queued', fileName: 'scan.png', created: true });
    if (queued.status !== 'queued') throw new Error('not queued');
    const again = await ingestBytes(pool, png, 'scan-again.png', deps({ ok: true, result: result() }));
    expect(again).toEqual({ status: 'queued', fileName: 'scan-again.png', jobId: queued.jobId, created: false });
    const jobs = await pool.query('SELECT id, file_name, status, facts, corrections FROM ocr_job');
    expect(jobs.rows).toMatchObject([{ id: queued.jobId, file_name: 'scan.png', status: 'queued', facts, corrections: { year: 2020 } }]);
    expect(await count('report')).toBe(0);
    // The OCR worker's own reading never queues again: there a scan is refused.
    const worker = await ingestBytes(pool, png, 'scan.png', deps({ ok: true, result: result() }), { scans: 'refuse' });
    expect(worker).toMatchObject({ status: 'refused', code: 'IMAGE' });
  });

  it('queues a DOCX whose table is an image, and a collected page with the images it could fetch; a page none of whose images could be fetched is stored as its text reads, naming each', async () => {
    const reader: IngestDeps = {
      read: (bytes, fileName) => readInProcess({ bytes, fileName, mode: 'report', charset: null }) as Promise<ReadOutcome>,
    };
    const lines = readFileSync(path.join(DATA, 'reports/seeds/000-fuyang-2020.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const t4 = lines.findIndex((l) => /^四、.*行政复议/.test(l));
    const t5 = lines.findIndex((l) => /^五、/.test(l));
    const picture = pngBomb(64);
    const withoutTable4 = [...lines.slice(0, t4 + 1), ...lines.slice(t5)];
    const docx = docxOf([
      ...withoutTable4.slice(0, t4 + 1),
      { image: picture, extension: 'png', contentType: 'image/png' },
      ...withoutTable4.slice(t4 + 1),
    ]);
    expect(await ingestBytes(pool, docx, 'report.docx', reader)).toMatchObject({ status: 'queued', created: true });

    const html = (n: number) =>
      new TextEncoder().encode(
        `<!DOCTYPE html><html><body>${withoutTable4.map((l, i) => `<p>${l}</p>${i === t4 ? '<img src="t4.png">' : ''}`).join('')}<!-- ${n} --></body></html>`,
      );
    const fetched: PageImage = { src: 't4.png', url: 'http://www.example-gov.test/t4.png', bytes: picture, contentType: 'image/png' };
    const elsewhere: PageImage = {
      src: 't4.png',
      url: 'http://cdn.example.test/t4.png',
      unread: { code: 'IMAGE_OTHER_HOST', message: { zh: '图片在其他网站', en: 'it is on another host (cdn.example.test)' } },
    };
    const asked: string[][] = [];
    const queued = await ingestBytes(pool, html(1), 'page.html', reader, { fetchImages: async (srcs) => (asked.push(srcs), [fetched]) });
    expect(asked).toEqual([['t4.png']]);
    if (queued.status !== 'queued') throw new Error(`not queued: ${queued.status}`);
    const images = await pool.query('SELECT position, src, url, octet_length(bytes) AS size FROM ocr_job_image WHERE job_id = $1', [
      queued.jobId,
    ]);
    expect(images.rows).toEqual([{ position: 0, src: 't4.png', url: fetched.url, size: picture.byteLength }]);

    const stored = await ingestBytes(pool, html(2), 'page.html', reader, { fetchImages: async () => [elsewhere] });
    if (stored.status !== 'saved') throw new Error(`not saved: ${stored.status}`);
    const issues = await pool.query<{ message_en: string }>(
      `SELECT message_en FROM report_issue WHERE report_id = $1 AND code = 'IMAGES_UNREAD'`,
      [stored.reportId],
    );
    expect(issues.rows.map((r) => r.message_en)).toEqual([
      '1 image(s), where statistics tables may be, were not recognised: image 1 (http://cdn.example.test/t4.png): it is on another host (cdn.example.test).',
    ]);
  });

  it('queues the scans of a batch with the rest (a summary line says so, nothing refused); a re-run gives the same jobs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-scans-'));
    try {
      writeFileSync(path.join(dir, 'a.txt'), seed);
      // Image files are taken from folders too (a scan's pages).
      writeFileSync(path.join(dir, 'scan.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      const { files } = collectFiles([dir]);
      const lines: string[] = [];
      const summary = await ingestFiles(pool, files, deps({ ok: true, result: result() }), {
        baseDir: dir,
        onResult: (r) => lines.push(describeIngest(r).text),
      });
      expect(summary).toMatchObject({ saved: 1, refused: [], failed: [] });
      expect(summary.queued).toMatchObject([{ status: 'queued', fileName: 'scan.png', created: true }]);
      const jobId = summary.queued[0]!.jobId;
      expect(lines).toContain(`queued     scan.png (text recognition: job ${jobId}, /api/ocr-jobs/${jobId})`);
      expect(ingestSummary(summary, 1)[0]).toContain('1 scans queued for text recognition, 0 refused');
      const again = await ingestFiles(pool, files, deps({ ok: true, result: result() }), { baseDir: dir });
      expect(again).toMatchObject({ saved: 0, unchanged: 1, queued: [{ jobId, created: false }] });
      expect(await count('ocr_job')).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a report whose year or place is unknown, and accepts an officer’s correction of the year', async () => {
    const noYear = await ingestBytes(pool, seed, 'a.txt', deps({ ok: true, result: result({ year: null }) }));
    expect(noYear).toMatchObject({ status: 'refused', code: 'META_MISSING' });
    const noPlace = await ingestBytes(pool, seed, 'a.txt', deps({ ok: true, result: result({ place: null }) }));
    expect(noPlace).toMatchObject({ status: 'refused', code: 'META_MISSING' });
    expect(await count('report')).toBe(0);

    const corrected = await ingestBytes(pool, seed, 'a.txt', deps({ ok: true, result: result({ year: null }) }), {
      corrections: { year: 2020 },
    });
    expect(corrected.status).toBe('saved');
    const row = (await pool.query('SELECT year, corrections FROM report')).rows[0];
    expect(row.year).toBe(2020);
    expect(row.corrections.year).toMatchObject({ parsed: null, corrected: 2020 });
  });
});

describe('jurisdictions', () => {
  it('resolve a composite place name to the division, under its prefecture and province', async () => {
    const hongze = result({
      place: '淮安市洪泽区',
      body: '淮安市洪泽区人民政府',
      level: null,
      province: null,
      divisionCode: null,
      year: 2024,
      format: '2021',
    });
    await saveParsed({
      bytes: Buffer.from('h'),
      fileName: 'h.txt',
      text: 'h',
      result: hongze,
    });
    const rows = (await pool.query('SELECT slug, name, level, province, division_code, pinyin FROM jurisdiction ORDER BY division_code'))
      .rows;
    expect(rows).toEqual([
      {
        slug: 'jiangsu-320000',
        name: '江苏省',
        level: 'province',
        province: '江苏省',
        division_code: '320000',
        pinyin: 'jiangsusheng jss',
      },
      { slug: 'huaian-320800', name: '淮安市', level: 'prefecture', province: '江苏省', division_code: '320800', pinyin: 'huaianshi has' },
      { slug: 'hongze-320813', name: '洪泽区', level: 'district', province: '江苏省', division_code: '320813', pinyin: 'hongzequ hzq' },
    ]);
  });

  it('tells 阜阳市 and 富阳区 apart by slug, links a district to its city, and finds a place again', async () => {
    const fuyangA = await ingestBytes(pool, Buffer.from('a'), 'a.txt', { read: async () => readOf(result(), 'a') });
    const fuyangZ = await saveParsed(
      {
        bytes: Buffer.from('b'),
        fileName: 'b.txt',
        text: 'b',
        result: result({ place: '富阳区', body: '杭州市富阳区人民政府', level: 'district', province: '浙江省', divisionCode: '330111' }),
      },
      {
        place: (m) => ({
          name: m.place!,
          level: 'district',
          province: m.province,
          divisionCode: m.divisionCode,
          parent: { name: '杭州市', level: 'prefecture', province: '浙江省', divisionCode: '330100' },
        }),
      },
    );
    expect(fuyangA.status).toBe('saved');
    expect(fuyangZ.status).toBe('saved');
    const rows = (
      await pool.query(
        'SELECT j.slug, j.name, p.slug AS parent FROM jurisdiction j LEFT JOIN jurisdiction p ON p.id = j.parent_id ORDER BY j.slug',
      )
    ).rows;
    expect(rows).toEqual([
      { slug: 'anhui-340000', name: '安徽省', parent: null },
      { slug: 'fuyang-330111', name: '富阳区', parent: 'hangzhou-330100' },
      { slug: 'fuyang-341200', name: '阜阳市', parent: 'anhui-340000' },
      { slug: 'hangzhou-330100', name: '杭州市', parent: null },
    ]);
    await saveParsed({
      bytes: Buffer.from('c'),
      fileName: 'c.txt',
      text: 'c',
      result: result({ year: 2021 }),
    });
    expect(await count('jurisdiction')).toBe(4);
  });

  it('loads population by division code, and 平潭综合实验区 gets 平潭县’s (same area, no code of its own)', async () => {
    const pingtan = result({
      place: '平潭综合实验区',
      body: '平潭综合实验区管理委员会',
      level: null,
      province: '福建省',
      divisionCode: null,
      year: 2022,
      format: '2021',
    });
    await saveParsed({
      bytes: Buffer.from('p'),
      fileName: 'pingtan_2022.txt',
      text: 'p',
      result: pingtan,
    });
    await saveParsed({
      bytes: Buffer.from('f'),
      fileName: 'f.txt',
      text: 'f',
      result: result(),
    });
    const matched = await loadPopulation(pool, readPopulationCsv(path.join(DATA, 'population.csv')));
    expect(matched).toBe(2);
    const rows = (
      await pool.query(
        'SELECT j.slug, j.level, j.division_code, p.year, p.population, p.basis FROM population p JOIN jurisdiction j ON j.id = p.jurisdiction_id ORDER BY j.slug',
      )
    ).rows;
    expect(rows).toEqual([
      { slug: 'fuyang-341200', level: 'prefecture', division_code: '341200', year: 2020, population: 8200264, basis: 'census2020' },
      { slug: 'pingtan-fujian', level: 'zone', division_code: null, year: 2020, population: 385981, basis: 'census2020' },
    ]);
    expect(await loadPopulation(pool, readPopulationCsv(path.join(DATA, 'population.csv')))).toBe(2);
    expect(await count('population')).toBe(2);
  });
});

describe('ensureJurisdiction', () => {
  const yiyang = {
    name: '弋阳县',
    level: 'county' as const,
    province: '江西省',
    divisionCode: '361126',
    parent: { name: '上饶市', level: 'prefecture' as const, province: '江西省', divisionCode: '361100' },
  };

  it('reports of one new place arriving together create it once', async () => {
    const cache: JurisdictionCache = new Map();
    const ids = await Promise.all(Array.from({ length: 6 }, () => ensureJurisdiction(pool, yiyang, cache)));
    expect(new Set(ids).size).toBe(1);
    expect(await count('jurisdiction')).toBe(2);
  });

  it('separate ingests (no shared memo) racing on one new place converge on the same row', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => ensureJurisdiction(pool, yiyang, new Map())));
    expect(new Set(ids).size).toBe(1);
    expect(await count('jurisdiction')).toBe(2);
  });
});
