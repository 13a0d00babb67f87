// Migrations vs schema.prisma: the migrated database is exactly what the schema declares (drift
// test), and every model round-trips through the generated client.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool, type Db } from './client';
import { MIGRATIONS_DIR, migrate } from './migrate';
import { startTestDatabase, type TestDatabase } from './testing';
import { diffShapes, readDmmf, shapeFromDatabase, shapeFromDmmf } from './testing/schema-shape';

const SCHEMA = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');

let database: TestDatabase;
let pool: pg.Pool;
let db: Db;

beforeAll(async () => {
  database = await startTestDatabase();
  pool = createPool(database.url, { max: 2 });
  db = createDb(pool);
});

afterAll(async () => {
  await db?.$disconnect();
  await pool?.end();
  await database?.stop();
});

describe('migrations', () => {
  it('are recorded as Prisma records them, and applying them again changes nothing', async () => {
    const { rows } = await pool.query(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, logs, rolled_back_at FROM _prisma_migrations',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
    expect(await migrate(database.url)).toEqual([]);
  });

  it('create exactly the database schema.prisma declares (no drift)', async () => {
    const declared = shapeFromDmmf(readDmmf(SCHEMA));
    expect(Object.keys(declared.tables).sort()).toEqual([
      'collect_host',
      'collect_url',
      'collected_image',
      'data_version',
      'data_version_pending',
      'figure',
      'held_count',
      'held_count_delta',
      'held_count_pending',
      'held_year',
      'jurisdiction',
      'ocr_job',
      'ocr_job_image',
      'ocr_page',
      'population',
      'quality_queue',
      'report',
      'report_issue',
      'report_quality',
      'report_source',
      'report_source_image',
    ]);
    expect(declared.indexes.figure_key_year_jurisdiction_id_idx).toBeDefined();
    expect(diffShapes(declared, await shapeFromDatabase(database.url))).toEqual([]);
  });

  it('the drift check sees a difference when the database departs from the schema', async () => {
    const declared = shapeFromDmmf(readDmmf(SCHEMA));
    await pool.query('CREATE DATABASE drift_probe');
    const probeUrl = database.url.replace(/\/[^/]+$/, '/drift_probe');
    await migrate(probeUrl);
    const probe = new pg.Client({ connectionString: probeUrl });
    await probe.connect();
    await probe.query('DROP INDEX report_year_idx');
    await probe.query('ALTER TABLE figure ALTER COLUMN rule DROP NOT NULL');
    await probe.end();
    const diff = diffShapes(declared, await shapeFromDatabase(probeUrl));
    expect(diff).toHaveLength(2);
    expect(diff.some((d) => d.startsWith('index report_year_idx'))).toBe(true);
    expect(diff.some((d) => d.startsWith('column figure.rule'))).toBe(true);
  });
});

describe('the report-sources migration', () => {
  it('moves each report’s file into its one source, the one shown, with its figures read from tables', async () => {
    await pool.query('CREATE DATABASE sources_upgrade');
    const url = database.url.replace(/\/[^/]+$/, '/sources_upgrade');
    // The database as the first migration left it, with a report stored the old way.
    const before = mkdtempSync(path.join(tmpdir(), 'migrations-'));
    cpSync(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), path.join(before, 'migration_lock.toml'));
    cpSync(path.join(MIGRATIONS_DIR, '20261122030000_init'), path.join(before, '20261122030000_init'), { recursive: true });
    await migrate(url, before);
    rmSync(before, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO jurisdiction (id, slug, name, level) VALUES (1, 'yiyang-361126', '弋阳县', 'county')`);
      await client.query(
        `INSERT INTO report (id, jurisdiction_id, body, year, scope, format, source_file_name, source_file_type, content_hash, parser_version, ingested_at)
         VALUES (7, 1, '弋阳县人民政府', 2020, 'aggregate', '2019', '001-yiyang-2020.txt', 'txt', $1, '1.0.0', '2026-01-02T03:04:05Z')`,
        ['c'.repeat(64)],
      );
      await client.query(
        `INSERT INTO report_source (report_id, original, mime_type, text) VALUES (7, '\\x41', 'text/plain', '一、总体情况')`,
      );
      await client.query(
        `INSERT INTO figure (report_id, key, value, provenance, rule, year, jurisdiction_id) VALUES
         (7, 'applications.new.total', 3, 'table', 'r', 2020, 1), (7, 'review.total', 0, 'table', 'r', 2020, 1),
         (7, 'litigation.total', NULL, 'table', 'r', 2020, 1), (7, 'results.total.total', 3, 'inferred', 'r', 2020, 1)`,
      );
      expect(await migrate(url)).toContain('20261123000000_report_sources');
      const source = (await client.query('SELECT * FROM report_source')).rows;
      expect(source).toHaveLength(1);
      expect(source[0]).toMatchObject({
        report_id: 7,
        content_hash: 'c'.repeat(64),
        file_name: '001-yiyang-2020.txt',
        file_type: 'txt',
        mime_type: 'text/plain',
        text: '一、总体情况',
        table_figures: 2,
        encoding: null,
        page_url: null,
      });
      expect(source[0].ingested_at.toISOString()).toBe('2026-01-02T03:04:05.000Z');
      expect((await client.query('SELECT shown_source_id FROM report WHERE id = 7')).rows[0].shown_source_id).toBe(source[0].id);
    } finally {
      await client.end();
    }
  });
});

describe('every model round-trips through the generated client', () => {
  it('jurisdiction, population, report, report source, figure, report issue', async () => {
    const province = await db.jurisdiction.create({
      data: {
        slug: 'anhui-340000',
        name: '安徽省',
        level: 'province',
        province: '安徽省',
        divisionCode: '340000',
        pinyin: 'anhuisheng ahs',
      },
    });
    const city = await db.jurisdiction.create({
      data: {
        slug: 'fuyang-341200',
        name: '阜阳市',
        level: 'prefecture',
        province: '安徽省',
        divisionCode: '341200',
        pinyin: 'fuyangshi fys',
        parentId: province.id,
      },
    });
    await db.population.create({
      data: { jurisdictionId: city.id, year: 2020, population: 8200264, basis: 'census2020', source: '第七次全国人口普查' },
    });
    const original = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe]);
    const report = await db.report.create({
      data: {
        jurisdictionId: city.id,
        body: '阜阳市人民政府',
        year: 2020,
        title: '阜阳市2020年政府信息公开工作年度报告',
        scope: 'aggregate',
        format: '2019',
        publishedOn: new Date('2021-01-29T00:00:00Z'),
        issuer: '阜阳市政务公开办公室',
        parserVersion: '1.0.0',
        errorCount: 1,
        corrections: { year: { parsed: 2019, corrected: 2020, at: '2026-01-01T00:00:00Z' } },
        sources: {
          create: [
            {
              contentHash: 'a'.repeat(64),
              fileName: '000-fuyang-2020.txt',
              fileType: 'txt',
              mimeType: 'text/plain',
              encoding: 'utf-8',
              original,
              text: '一、总体情况',
              tableFigures: 2,
            },
            {
              contentHash: 'b'.repeat(64),
              fileName: 'fuyang.html',
              fileType: 'html',
              mimeType: 'text/html',
              original: Buffer.from('<p>一、总体情况</p>'),
              text: '一、总体情况',
              tableFigures: 1,
              pageUrl: 'https://www.example-gov.test/nianbao/2020.html',
              documentUrl: 'https://www.example-gov.test/nianbao/2020.html',
              fetchedAt: new Date('2026-02-01T00:00:00Z'),
              etag: '"abc"',
              lastModified: 'Sun, 01 Feb 2026 00:00:00 GMT',
              lastSeenAt: new Date('2026-03-01T00:00:00Z'),
              goneSince: new Date('2026-04-01T00:00:00Z'),
            },
          ],
        },
        figures: {
          create: [
            {
              key: 'applications.new.total',
              value: 813,
              provenance: 'table',
              rule: 'table3.lines',
              raw: '813',
              spanStart: 10,
              spanEnd: 13,
              year: 2020,
              jurisdictionId: city.id,
            },
            {
              key: 'applications.new.research',
              value: 0,
              provenance: 'table',
              rule: 'table3.lines',
              raw: '0',
              year: 2020,
              jurisdictionId: city.id,
            },
            {
              key: 'applications.new.legal',
              value: null,
              provenance: 'table',
              rule: 'table3.lines',
              raw: '/',
              year: 2020,
              jurisdictionId: city.id,
            },
            {
              key: 'active.fees.amountYuan',
              value: 441800000.5,
              provenance: 'inferred',
              rule: 'infer.sum',
              basis: 'rowTotal.x',
              year: 2020,
              jurisdictionId: city.id,
            },
          ],
        },
        issues: {
          create: [
            {
              code: 'SUM_MISMATCH',
              severity: 'error',
              messageZh: '总计不符',
              messageEn: 'Total differs',
              keys: ['results.total.total'],
              numbers: { left: 11, right: null },
              spanStart: 5,
              spanEnd: 9,
            },
          ],
        },
      },
    });

    const shown = await db.reportSource.findUniqueOrThrow({ where: { contentHash: 'a'.repeat(64) } });
    await db.report.update({ where: { id: report.id }, data: { shownSourceId: shown.id } });
    const back = (
      await db.reportSource.findUniqueOrThrow({
        where: { contentHash: 'b'.repeat(64) },
        include: {
          report: {
            include: {
              jurisdiction: { include: { parent: true, populations: true } },
              shownSource: true,
              sources: { orderBy: { id: 'asc' } },
              figures: { orderBy: { key: 'asc' } },
              issues: true,
            },
          },
        },
      })
    ).report;
    expect(back.id).toBe(report.id);
    expect(back.publishedOn?.toISOString().slice(0, 10)).toBe('2021-01-29');
    expect(back.ingestedAt).toBeInstanceOf(Date);
    expect(back.corrections).toEqual({ year: { parsed: 2019, corrected: 2020, at: '2026-01-01T00:00:00Z' } });
    expect(back.jurisdiction.parent?.name).toBe('安徽省');
    expect(back.jurisdiction.populations).toEqual([
      { jurisdictionId: city.id, year: 2020, population: 8200264, basis: 'census2020', source: '第七次全国人口普查' },
    ]);
    expect(Buffer.from(back.shownSource!.original).equals(original)).toBe(true);
    expect(back.shownSource).toMatchObject({ fileName: '000-fuyang-2020.txt', text: '一、总体情况', tableFigures: 2, pageUrl: null });
    expect(back.sources.map((s) => s.contentHash)).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    expect(back.sources[1]).toMatchObject({ etag: '"abc"', lastModified: 'Sun, 01 Feb 2026 00:00:00 GMT', encoding: null });
    expect(back.sources[1]!.goneSince?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(back.sources[0]!.ingestedAt).toBeInstanceOf(Date);
    // One content, one source: the same bytes cannot be stored twice.
    await expect(
      db.reportSource.create({
        data: {
          reportId: report.id,
          contentHash: 'a'.repeat(64),
          fileName: 'x',
          fileType: 'txt',
          mimeType: 'text/plain',
          original,
          text: '',
          tableFigures: 0,
        },
      }),
    ).rejects.toThrow();
    const values = Object.fromEntries(back.figures.map((f) => [f.key, f.value]));
    expect(values).toEqual({
      'active.fees.amountYuan': 441800000.5,
      'applications.new.legal': null,
      'applications.new.research': 0,
      'applications.new.total': 813,
    });
    expect(back.figures.find((f) => f.key === 'active.fees.amountYuan')).toMatchObject({
      provenance: 'inferred',
      basis: 'rowTotal.x',
      spanStart: null,
    });
    expect(back.issues[0]).toMatchObject({
      code: 'SUM_MISMATCH',
      severity: 'error',
      keys: ['results.total.total'],
      numbers: { left: 11, right: null },
    });

    // Deleting a report takes its sources, figures and issues with it; the jurisdiction stays.
    await db.report.delete({ where: { id: report.id } });
    expect(await db.figure.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.reportIssue.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.reportSource.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.jurisdiction.count()).toBe(2);
  });

  it('collect host and collect url (the frontier)', async () => {
    const host = await db.collectHost.create({
      data: { host: 'www.example-gov.test:8080', robotsTxt: 'User-agent: *', robotsStatus: 200 },
    });
    expect(host.nextAllowedAt).toBeInstanceOf(Date);
    const url = await db.collectUrl.create({
      data: {
        url: 'http://www.example-gov.test:8080/xxgk/ndbg/index.html',
        host: host.host,
        kind: 'seed',
        etag: '"abc"',
        lastModified: 'Mon, 10 Mar 2025 08:00:00 GMT',
        reasonCode: 'HTTP_503',
      },
    });
    expect(url).toMatchObject({ state: 'queued', attempts: 0, seedId: null, reportId: null, leaseUntil: null });
    const back = await db.collectUrl.update({
      where: { id: url.id },
      data: { state: 'gone', seedId: url.id },
      include: { collectHost: true },
    });
    expect(back).toMatchObject({ state: 'gone', seedId: url.id, collectHost: { robotsStatus: 200 } });
    // A host's addresses go with it.
    await db.collectHost.delete({ where: { host: host.host } });
    expect(await db.collectUrl.count()).toBe(0);
  });

  it('ocr job and ocr page (the scan queue), and a figure and source read from a scan', async () => {
    const job = await db.ocrJob.create({ data: { contentHash: 'a'.repeat(64), fileName: 'scan.pdf', original: Buffer.from('%PDF-1.7') } });
    expect(job).toMatchObject({ status: 'queued', pagesDone: 0, pagesTotal: null, attempts: 0, reportId: null, outcome: null });
    const done = await db.ocrJob.update({
      where: { id: job.id },
      data: { status: 'done', pagesDone: 2, pagesTotal: 2, outcome: { status: 'saved' }, finishedAt: new Date() },
    });
    expect(done).toMatchObject({ status: 'done', outcome: { status: 'saved' } });
    const page = await db.ocrPage.create({
      data: { contentHash: job.contentHash, page: 1, width: 1200, height: 1697, image: Buffer.from([0xff, 0xd8]) },
    });
    expect(Buffer.from(page.image)).toEqual(Buffer.from([0xff, 0xd8]));
    await db.ocrPage.delete({ where: { contentHash_page: { contentHash: job.contentHash, page: 1 } } });
    // A collected page's image waits with its job, and goes with it.
    const image = await db.ocrJobImage.create({
      data: { jobId: job.id, position: 0, src: 't4.png', url: 'http://www.example-gov.test/t4.png', bytes: Buffer.from([0x89, 0x50]) },
    });
    expect(image).toMatchObject({ jobId: job.id, position: 0, contentType: null, unread: null });
    await db.ocrJob.delete({ where: { id: job.id } });
    expect(await db.ocrJobImage.count()).toBe(0);
  });
});
