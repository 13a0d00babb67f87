// Reparse with the real extractor and parser: stale reports are re-read in full, atomically; a
// report the parser now refuses is left as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../parser/types';
import { createPool } from '../pool';
import { startTestDatabase, type TestDatabase } from '../testing';
import { defaultDeps } from './deps';
import { ingestBytes } from './index';
import { reparseStale, staleReportIds } from './reparse';

const seed = readFileSync(path.resolve(import.meta.dirname, '../../../data/reports/seeds/000-fuyang-2020.txt'));

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await startTestDatabase();
  pool = createPool(database.url, { max: 4 });
});
afterAll(async () => {
  await pool?.end();
  await database?.stop();
});

it('re-reads reports of another parser version, keeps corrections, and leaves current ones alone', async () => {
  const saved = await ingestBytes(pool, seed, '000-fuyang-2020.txt', defaultDeps, { corrections: { body: '阜阳市人民政府办公室' } });
  if (saved.status !== 'saved') throw new Error(`seed not saved: ${JSON.stringify(saved)}`);
  const before = (
    await pool.query('SELECT key, value, provenance, span_start FROM figure WHERE report_id = $1 ORDER BY key', [saved.reportId])
  ).rows;
  expect(await staleReportIds(pool)).toEqual([]);

  // What an older parser might have left: another version, a wrong figure, a missing one, a stray issue.
  await pool.query(`UPDATE report SET parser_version = '0.0.1', body = 'old' WHERE id = $1`, [saved.reportId]);
  await pool.query(`UPDATE figure SET value = 999 WHERE report_id = $1 AND key = 'applications.new.total'`, [saved.reportId]);
  await pool.query(`DELETE FROM figure WHERE report_id = $1 AND key = 'results.granted.total'`, [saved.reportId]);
  await pool.query(
    `INSERT INTO report_issue (report_id, code, severity, message_zh, message_en, keys) VALUES ($1, 'SUM_MISMATCH', 'error', 'x', 'x', '{}')`,
    [saved.reportId],
  );
  expect(await staleReportIds(pool)).toEqual([saved.reportId]);

  const summary = await reparseStale(pool, defaultDeps);
  expect(summary).toMatchObject({ saved: 1, refused: [], failed: [] });
  const report = (await pool.query('SELECT parser_version, body, corrections FROM report WHERE id = $1', [saved.reportId])).rows[0];
  expect(report.parser_version).toBe(PARSER_VERSION);
  expect(report.body).toBe('阜阳市人民政府办公室');
  expect(report.corrections.body).toMatchObject({ parsed: '阜阳市人民政府', corrected: '阜阳市人民政府办公室' });
  const after = (
    await pool.query('SELECT key, value, provenance, span_start FROM figure WHERE report_id = $1 ORDER BY key', [saved.reportId])
  ).rows;
  expect(after).toEqual(before);
  expect(
    Number(
      (await pool.query(`SELECT count(*) FROM report_issue WHERE report_id = $1 AND message_zh = 'x'`, [saved.reportId])).rows[0].count,
    ),
  ).toBe(0);
  expect(await staleReportIds(pool)).toEqual([]);
});

it('leaves a report untouched when its original is now refused', async () => {
  const saved = await ingestBytes(pool, seed, 'x.txt', defaultDeps);
  const id = saved.status === 'unchanged' || saved.status === 'saved' ? saved.reportId : -1;
  await pool.query(`UPDATE report SET parser_version = '0.0.1' WHERE id = $1`, [id]);
  await pool.query(`UPDATE report_source SET original = convert_to('今天天气很好。', 'UTF8') WHERE report_id = $1`, [id]);
  const figures = Number((await pool.query('SELECT count(*) FROM figure WHERE report_id = $1', [id])).rows[0].count);

  const summary = await reparseStale(pool, defaultDeps);
  expect(summary.saved).toBe(0);
  expect(summary.refused).toHaveLength(1);
  expect(summary.refused[0]!.code).toBe('NOT_A_REPORT');
  expect((await pool.query('SELECT parser_version FROM report WHERE id = $1', [id])).rows[0].parser_version).toBe('0.0.1');
  expect(Number((await pool.query('SELECT count(*) FROM figure WHERE report_id = $1', [id])).rows[0].count)).toBe(figures);
});
