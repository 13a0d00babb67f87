import { describe, expect, it } from 'vitest';
import type { TableRow } from '@/lib/domain';
import { tableCsv, tableJson } from './table-export';

const rows: TableRow[] = [
  {
    reportId: 3,
    slug: 'ningbo',
    name: '宁波市',
    province: '浙江省',
    level: 'prefecture',
    body: '宁波市人民政府',
    scope: 'aggregate',
    format: '2019',
    errorCount: 0,
    quality: { passed: 4, decided: 5, failedIds: ['onTime'] },
    cells: {
      'applications.new.total': { value: 3517, provenance: 'narrative' },
      'disclosure-rate': { value: null, provenance: null, numerator: null, denominator: null, failedRelations: null },
    },
  },
];

const ORIGIN = 'https://data.example.cn';

describe('table export', () => {
  it('writes CSV with a BOM, the year and report link, labelled columns, provenance, and blanks for missing values', () => {
    const csv = tableCsv(rows, ['applications.new.total', 'disclosure-rate'], 'zh', 2020, ORIGIN);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      '报告ID,年度,报告链接,省份,辖区,辖区代号,层级,报告主体,范围,格式,核验未通过项数,体检通过,体检已判,体检未通过项,本年新收 [applications.new.total],出处 [applications.new.total],实质公开率 [disclosure-rate],分子 [disclosure-rate],分母 [disclosure-rate],说明 [disclosure-rate]',
    );
    expect(line).toBe(
      `3,2020,${ORIGIN}/reports/3,浙江省,宁波市,ningbo,prefecture,宁波市人民政府,aggregate,2019,0,4,5,onTime,3517,narrative,,,,无法计算:分子(予以公开 + 部分公开)有数字缺失`,
    );
  });

  it('writes JSON with the columns described, the notation, and each row with its year and link', () => {
    const json = tableJson(2020, { province: null }, rows, ['applications.new.total', 'disclosure-rate'], 'en', '');
    expect(json.columns).toEqual([
      { id: 'applications.new.total', label: 'New applications', kind: 'figure' },
      { id: 'disclosure-rate', label: 'Disclosure rate', kind: 'rate' },
    ]);
    expect(json.rows[0]!.cells['applications.new.total']!.value).toBe(3517);
    expect(json.rows[0]).toMatchObject({ year: 2020, reportUrl: '/reports/3' });
    expect(json.notation.map((n) => n.mark)).toEqual(['…', '□', '/', '—']);
    expect(json.total).toBe(1);
  });
});

describe('table export, edges', () => {
  it('labels columns in English; a ratio gets numerator, denominator and note; count rates only a value', () => {
    const csv = tableCsv(rows, ['review.total', 'disclosure-rate', 'received-total'], 'en', 2020, '');
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'report id,year,report url,province,jurisdiction,slug,level,reporting body,scope,format,failed checks,quality passed,quality decided,quality failed,Administrative review [review.total],provenance [review.total],Disclosure rate [disclosure-rate],numerator [disclosure-rate],denominator [disclosure-rate],note [disclosure-rate],Applications received [received-total]',
    );
    // review.total is printed by the 2019 format: a figure not stored was not read (…).
    expect(line).toBe(
      '3,2020,/reports/3,浙江省,宁波市,ningbo,prefecture,宁波市人民政府,aggregate,2019,0,4,5,onTime,,…,,,,Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing,',
    );
    expect(tableJson(2020, {}, [], ['review.total'], 'zh', '')).toMatchObject({
      year: 2020,
      filters: {},
      columns: [{ id: 'review.total', label: '行政复议', kind: 'figure' }],
      total: 0,
      rows: [],
    });
  });

  it('tells a printed "/" from a printed blank from a figure not read from one not in the format', () => {
    const cells = (format: string, cell: TableRow['cells'][string] | undefined) =>
      tableCsv([{ ...rows[0]!, format, cells: cell ? { 'review.total': cell } : {} }], ['review.total'], 'en', 2020, '')
        .split('\r\n')[1]!
        .split(',')
        .slice(-2);
    expect(cells('2019', { value: null, provenance: 'table', raw: '/' })).toEqual(['', '/']);
    expect(cells('2019', { value: null, provenance: 'table', raw: '' })).toEqual(['', '□']);
    expect(cells('2019', { value: null, provenance: 'table', raw: null })).toEqual(['', '□']);
    expect(cells('2019', undefined)).toEqual(['', '…']);
    expect(cells('legacy', undefined)).toEqual(['', '—']);
    expect(cells('2019', { value: 0, provenance: 'table' })).toEqual(['0', 'table']);
  });

  it('says why a ratio is not computed or not ranked', () => {
    const note = (cell: TableRow['cells'][string]) =>
      tableCsv([{ ...rows[0]!, cells: { 'disclosure-rate': cell } }], ['disclosure-rate'], 'en', 2020, '')
        .split('\r\n')[1]!
        .split(',')
        .slice(-4);
    expect(note({ value: 0.5, provenance: null, numerator: 10, denominator: 20, failedRelations: null })).toEqual(['0.5', '10', '20', '']);
    expect(note({ value: null, provenance: null, numerator: 3, denominator: null, failedRelations: null })[3]).toBe(
      'Not computed: the denominator (total handled) is missing',
    );
    expect(note({ value: null, provenance: null, numerator: 0, denominator: 0, failedRelations: null })[3]).toBe(
      'Not computed: the denominator (total handled) is 0',
    );
    expect(note({ value: 1, provenance: null, numerator: 3, denominator: 3, failedRelations: null })[3]).toBe(
      'Too few (total handled 3 < 10): not ranked',
    );
    expect(
      note({ value: 1, provenance: null, numerator: 30, denominator: 30, failedRelations: { zh: '甲', en: 'total = parts' } })[3],
    ).toBe('! its figures fail a sum check; not ranked: total = parts');
  });
});
