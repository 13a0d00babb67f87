// The /table grid's compact rows: places named in the page's language, each cell's text, style and
// reason as the grid prints them, ratios' notes, the checks in words; shared reasons sent once.
import { describe, expect, it } from 'vitest';
import type { TableRow } from '@/lib/domain';
import { bigTableReasons, toBigTableRows } from './big-table-rows';

const COLUMNS = [
  'applications.new.total',
  'results.denied.total',
  'results.other.total',
  'results.otherNoCorrection.total',
  'disclosure-rate',
];

/** 宁波市 2020 as the database hands it over: its table 3 lost (not read), one cell printed "/". */
const ningbo: TableRow = {
  slug: 'ningbo-330200',
  name: '宁波市',
  level: 'prefecture',
  province: '浙江省',
  reportId: 3,
  body: '宁波市人民政府',
  scope: 'aggregate',
  format: '2019',
  errorCount: 0,
  quality: { passed: 3, decided: 5, failedIds: ['tables', 'sums'] },
  cells: {
    'applications.new.total': { value: 3517, provenance: 'narrative' },
    'results.denied.total': { value: null, provenance: 'table', raw: '/' },
    'disclosure-rate': { value: null, provenance: null, numerator: null, denominator: 3517 },
  },
};

/** An office's report, not checked yet: a group total added up from its rows, a cell the sums determine. */
const office: TableRow = {
  slug: 'wulanchabu-150900',
  name: '乌兰察布市',
  level: 'prefecture',
  province: '内蒙古自治区',
  reportId: 4,
  body: '乌兰察布市政府办公室',
  scope: 'agency',
  format: '2019',
  errorCount: 0,
  quality: null,
  cells: {
    'applications.new.total': { value: 6, provenance: 'table' },
    'results.denied.total': { value: 2, provenance: 'inferred' },
    'results.other.total': { value: 1, provenance: 'inferred' },
    'disclosure-rate': { value: 0.5, provenance: null, numerator: 3, denominator: 6 },
  },
};

describe('/table rows', () => {
  it('prints each cell as the grid does: its text, its status, a "/" cell with what it printed', () => {
    const [row] = toBigTableRows([ningbo], COLUMNS, 'en');
    expect(row).toMatchObject({
      reportId: 3,
      place: 'Ningbo 宁波市',
      placeHref: '/j/ningbo-330200?report=3&lang=en',
      reportHref: '/reports/3?lang=en',
      province: 'Zhejiang 浙江省',
      body: '宁波市人民政府',
    });
    expect(row!.agency).toBeUndefined();
    expect(row!.cells).toEqual([
      { status: 'narrative', text: '3,517' },
      { status: 'notNumber', text: '/', reason: 'The cell prints “/”: not a number, and not 0' },
      // Not read where the format has the figure; "—" where it has none.
      { status: 'absent', text: '…' },
      { status: 'notInFormat', text: '—' },
      { status: 'rate', text: 'not computed', note: expect.stringMatching(/numerator/), noValue: true },
    ]);
    expect(row!.quality).toEqual({
      text: '3/5',
      title: 'Failed: Tables present and complete, Sums (勾稽关系)',
      failed: true,
      counts: '3/5',
      href: '/reports/3?lang=en#quality',
    });
  });

  it('marks an office, a group total added up from its parts, a ratio not ranked, and a report not checked', () => {
    const [row] = toBigTableRows([office], COLUMNS, 'zh');
    expect(row).toMatchObject({ place: '乌兰察布市', agency: true, quality: null, placeHref: '/j/wulanchabu-150900?report=4' });
    expect(row!.cells[1]).toEqual({ status: 'sum', text: '2' });
    expect(row!.cells[2]).toEqual({ status: 'inferred', text: '1' });
    // A ratio on too small a base: its value, with why it is not ranked (not in its place).
    expect(row!.cells[4]).toEqual({ status: 'rate', text: '50.0%', note: '样本太少(办理结果总计 6 < 10),不参与排名' });
  });

  it('gives the shared reasons once, in the language', () => {
    expect(bigTableReasons('zh').sum).toBe('报告未印这一行,数字为各子项之和');
    expect(bigTableReasons('en').absent).toMatch(/^not read/);
    // A figure read from its table cell needs no reason.
    expect(Object.keys(bigTableReasons('en'))).not.toContain('table');
  });
});
