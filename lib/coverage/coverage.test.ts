// Coverage against the official division list, pure: years, "not yet due", statuses, CSV.
import { describe, expect, it } from 'vitest';
import { coverageYears, notHeldStatus, provinceDetail, provinceMatrix } from '.';
import { coverageCsv } from './export';

describe('coverage', () => {
  it('covers 2008 to last year; a year is not yet due until its governments’ deadline (31 March) has passed', () => {
    expect(coverageYears('2026-12-07')).toEqual(Array.from({ length: 18 }, (_, i) => 2025 - i));
    expect(notHeldStatus(2026, '2027-03-31')).toBe('notDue');
    expect(notHeldStatus(2026, '2027-04-01')).toBe('notHeld');
    expect(notHeldStatus(2025, '2026-12-07')).toBe('notHeld');
  });

  it('lists every division of a province with its status per year; an unknown province is null', () => {
    const detail = provinceDetail(
      '江苏省',
      [{ divisionCode: '320813', slug: 'hongze-320813', year: 2026, status: 'passing' }],
      [2026, 2025],
      '2027-02-01',
    )!;
    expect(detail.divisions).toHaveLength(118);
    const hongze = detail.divisions.find((d) => d.division.code === '320813')!;
    expect(hongze.cells).toEqual([
      { year: 2026, status: 'passing' },
      { year: 2025, status: 'notHeld' },
    ]);
    expect(detail.totals).toMatchObject({ passing: 1, notDue: 117, notHeld: 118 });
    expect(provinceDetail('火星省', [], [2025], '2026-12-07')).toBeNull();
  });

  it('counts each province’s divisions by status; the not held are the rest of the list', () => {
    const matrix = provinceMatrix(
      [
        { province: '江苏省', year: 2024, status: 'failing', count: 2 },
        { province: '江苏省', year: 2024, status: 'agencyOnly', count: 1 },
      ],
      [2024],
      '2026-12-07',
    );
    const jiangsu = matrix.find((p) => p.province === '江苏省')!;
    expect(jiangsu.years[0]).toEqual({
      year: 2024,
      held: 3,
      counts: { passing: 0, failing: 2, unchecked: 0, agencyOnly: 1, notHeld: 115, notDue: 0 },
    });
  });

  it('writes the CSV of whom to chase: one row per division and year, former names kept', () => {
    const detail = provinceDetail(
      '江苏省',
      [{ divisionCode: '320813', slug: 'hongze-320813', year: 2024, status: 'failing' }],
      [2024],
      '2026-12-07',
    )!;
    const lines = coverageCsv(detail, 'zh').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('区划代码,省份,地级,区划,层级,曾用名,年度,状态代码,状态');
    expect(lines).toHaveLength(119);
    expect(lines).toContain('320813,江苏省,淮安市,洪泽区,district,洪泽县,2024,failing,已收录·有未通过项');
    expect(lines).toContain('320000,江苏省,,江苏省,province,,2024,notHeld,未收录');
  });

  it('gives every name its English beside the Chinese in the English CSV', () => {
    const detail = provinceDetail('内蒙古自治区', [], [2024], '2026-12-07')!;
    const lines = coverageCsv(detail, 'en').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'division code,province,province (English),prefecture,prefecture (English),division,division (English),level,former names,year,status id,status',
    );
    expect(lines).toHaveLength(detail.divisions.length + 1);
    // The prefecture by its official name, a zone by its kind: no pinyin of either.
    expect(lines).toContain(
      '150172,内蒙古自治区,Inner Mongolia,呼和浩特市,Hohhot,呼和浩特经济技术开发区,Hohhot Economic and Technological Development Zone,district,,2024,notHeld,Not held',
    );
    expect(lines).toContain('150000,内蒙古自治区,Inner Mongolia,,,内蒙古自治区,Inner Mongolia,province,,2024,notHeld,Not held');
    const jiangsu = provinceDetail('江苏省', [], [2024], '2026-12-07')!;
    expect(coverageCsv(jiangsu, 'en')).toContain(
      "320813,江苏省,Jiangsu,淮安市,Huai'an,洪泽区,Hongze District,district,洪泽县,2024,notHeld,Not held",
    );
  });
});
