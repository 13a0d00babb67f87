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
    cells: { 'applications.new.total': { value: 3517, provenance: 'narrative' }, 'disclosure-rate': { value: null, provenance: null } },
  },
];

describe('table export', () => {
  it('writes CSV with a BOM, labelled columns, provenance, and blanks for missing values', () => {
    const csv = tableCsv(rows, ['applications.new.total', 'disclosure-rate'], 'zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      '报告ID,省份,辖区,辖区代号,层级,报告主体,范围,格式,核验未通过项数,体检通过,体检已判,体检未通过项,本年新收 [applications.new.total],出处 [applications.new.total],实质公开率 [disclosure-rate]',
    );
    expect(line).toBe('3,浙江省,宁波市,ningbo,prefecture,宁波市人民政府,aggregate,2019,0,4,5,onTime,3517,narrative,');
  });

  it('writes JSON with the columns described', () => {
    const json = tableJson(2020, { province: null }, rows, ['applications.new.total', 'disclosure-rate'], 'en');
    expect(json.columns).toEqual([
      { id: 'applications.new.total', label: 'New applications', kind: 'figure' },
      { id: 'disclosure-rate', label: 'Disclosure rate', kind: 'rate' },
    ]);
    expect(json.rows[0]!.cells['applications.new.total']!.value).toBe(3517);
    expect(json.total).toBe(1);
  });
});

describe('table export, edges', () => {
  it('labels columns in English, gives rates no provenance column, and leaves a column the row lacks empty', () => {
    const csv = tableCsv(rows, ['review.total', 'disclosure-rate'], 'en');
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'report id,province,jurisdiction,slug,level,reporting body,scope,format,failed checks,quality passed,quality decided,quality failed,Administrative review [review.total],provenance [review.total],Disclosure rate [disclosure-rate]',
    );
    expect(line).toBe('3,浙江省,宁波市,ningbo,prefecture,宁波市人民政府,aggregate,2019,0,4,5,onTime,,,');
    expect(tableJson(2020, {}, [], ['review.total'], 'zh')).toEqual({
      year: 2020,
      filters: {},
      columns: [{ id: 'review.total', label: '行政复议', kind: 'figure' }],
      total: 0,
      rows: [],
    });
  });
});
