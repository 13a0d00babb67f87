// Migrations vs schema.prisma: the migrated database is exactly what the schema declares (drift
// test), and every model round-trips through the generated client.
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool, type Db } from './client';
import { migrate } from './migrate';
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
      'figure',
      'jurisdiction',
      'population',
      'report',
      'report_issue',
      'report_source',
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
        sourceFileName: '000-fuyang-2020.txt',
        sourceFileType: 'txt',
        contentHash: 'a'.repeat(64),
        parserVersion: '1.0.0',
        errorCount: 1,
        corrections: { year: { parsed: 2019, corrected: 2020, at: '2026-01-01T00:00:00Z' } },
        source: { create: { original, mimeType: 'text/plain', text: '一、总体情况' } },
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

    const back = await db.report.findUniqueOrThrow({
      where: { contentHash: 'a'.repeat(64) },
      include: {
        jurisdiction: { include: { parent: true, populations: true } },
        source: true,
        figures: { orderBy: { key: 'asc' } },
        issues: true,
      },
    });
    expect(back.id).toBe(report.id);
    expect(back.publishedOn?.toISOString().slice(0, 10)).toBe('2021-01-29');
    expect(back.ingestedAt).toBeInstanceOf(Date);
    expect(back.corrections).toEqual({ year: { parsed: 2019, corrected: 2020, at: '2026-01-01T00:00:00Z' } });
    expect(back.jurisdiction.parent?.name).toBe('安徽省');
    expect(back.jurisdiction.populations).toEqual([
      { jurisdictionId: city.id, year: 2020, population: 8200264, basis: 'census2020', source: '第七次全国人口普查' },
    ]);
    expect(Buffer.from(back.source!.original).equals(original)).toBe(true);
    expect(back.source!.text).toBe('一、总体情况');
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

    // Deleting a report takes its source, figures and issues with it; the jurisdiction stays.
    await db.report.delete({ where: { id: report.id } });
    expect(await db.figure.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.reportIssue.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.reportSource.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.jurisdiction.count()).toBe(2);
  });
});
