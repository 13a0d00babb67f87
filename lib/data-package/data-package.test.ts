import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPackage, type PackageInput } from './index';
import { DATA_LICENCE } from './licence';

const input: PackageInput & { csv: string } = {
  lang: 'zh',
  site: '政府信息公开年报数据',
  title: '实质公开率 · 2020 年',
  description: '(予以公开 + 部分公开) ÷ 办理结果总计',
  url: 'https://data.example.cn/compare?j=fuyang-341200&m=disclosure-rate&v=7',
  origin: 'https://data.example.cn',
  stamp: { version: 7, changedAt: '2026-12-01T08:00:00.000Z' },
  generatedAt: '2026-12-07T10:00:00.000Z',
  csvName: 'compare-disclosure-rate-2020.csv',
  columns: ['disclosure-rate', 'results.denied.total'],
  reports: [
    { reportId: 12, jurisdiction: '阜阳市', body: '阜阳市人民政府', year: 2020 },
    { reportId: 12, jurisdiction: '阜阳市', body: '阜阳市人民政府', year: 2020 },
    { reportId: 13, jurisdiction: '洪泽区', body: '淮安市洪泽区人民政府', year: 2020 },
  ],
  sources: [
    { reportId: 12, fileName: 'a.pdf', pageUrl: 'https://www.fy.gov.cn/a.html', documentUrl: 'https://www.fy.gov.cn/a.pdf', shown: true },
    {
      reportId: 12,
      fileName: 'a.html',
      pageUrl: 'https://www.fy.gov.cn/a.html',
      documentUrl: 'https://www.fy.gov.cn/a.html',
      shown: false,
    },
    { reportId: 13, fileName: 'hz.txt', pageUrl: null, documentUrl: null, shown: true },
  ],
  csv: '\uFEFFjurisdiction,value\r\n阜阳市,0.43\r\n',
};

describe('data package', () => {
  it('zips the CSV as given, the metadata and a README', () => {
    const { zip, metadata } = dataPackage(input);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['compare-disclosure-rate-2020.csv', 'metadata.json', 'README.md']);
    // Byte for byte, its BOM included.
    expect(Buffer.from(files['compare-disclosure-rate-2020.csv']!).toString('utf8')).toBe(input.csv);
    expect(JSON.parse(strFromU8(files['metadata.json']!))).toEqual(metadata);
  });

  it('says the version, date, licence and citation, and defines every figure and rate of the CSV from the catalogue', () => {
    const { metadata } = dataPackage(input);
    expect(metadata).toMatchObject({ dataVersion: 7, dataChangedAt: '2026-12-01T08:00:00.000Z', url: input.url, licence: DATA_LICENCE });
    expect(metadata.citation.gbt).toBe(`政府信息公开年报数据. 实质公开率 · 2020 年[DB/OL]. (2026-12-01)[2026-12-07]. ${input.url}.`);
    expect(metadata.citation.plain).toContain('数据版本 7');
    expect(metadata.rates.map((r) => r.id)).toEqual(['disclosure-rate']);
    expect(metadata.rates[0]).toMatchObject({
      numerator: ['results.granted.total', 'results.partial.total'],
      denominator: ['results.total.total'],
      minBase: 10,
    });
    // The rate's inputs and the figure column, each once.
    expect(metadata.figures.map((f) => f.key)).toEqual([
      'results.granted.total',
      'results.partial.total',
      'results.total.total',
      'results.denied.total',
    ]);
    expect(metadata.figures[0]!.definition.zh).toBe('表三 收到和处理政府信息公开申请情况中“(一)予以公开 · 总计”一格所印的数字');
    expect(metadata.figures[3]!.sumOf).toHaveLength(8);
    expect(metadata.notation.map((n) => n.mark)).toEqual(['…', '□', '/', '—']);
  });

  it('lists each report once with its link at the public address and its original addresses', () => {
    const { metadata } = dataPackage(input);
    expect(metadata.sources).toEqual([
      {
        reportId: 12,
        jurisdiction: '阜阳市',
        body: '阜阳市人民政府',
        year: 2020,
        reportUrl: 'https://data.example.cn/reports/12',
        originals: [
          {
            fileName: 'a.pdf',
            pageUrl: 'https://www.fy.gov.cn/a.html',
            documentUrl: 'https://www.fy.gov.cn/a.pdf',
            figuresReadFromIt: true,
          },
          {
            fileName: 'a.html',
            pageUrl: 'https://www.fy.gov.cn/a.html',
            documentUrl: 'https://www.fy.gov.cn/a.html',
            figuresReadFromIt: false,
          },
        ],
      },
      {
        reportId: 13,
        jurisdiction: '洪泽区',
        body: '淮安市洪泽区人民政府',
        year: 2020,
        reportUrl: 'https://data.example.cn/reports/13',
        originals: [{ fileName: 'hz.txt', pageUrl: null, documentUrl: null, figuresReadFromIt: true }],
      },
    ]);
  });

  it('writes the README in the view’s language with the same facts', () => {
    const zh = strFromU8(unzipSync(dataPackage(input).zip)['README.md']!);
    expect(zh).toContain('数据版本 7,最后更新 2026-12-01;下载于 2026-12-07。');
    expect(zh).toContain('- 原文: https://www.fy.gov.cn/a.pdf (https://www.fy.gov.cn/a.html)');
    expect(zh).toContain('- 原文: 上传的文件 hz.txt');
    expect(zh).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(zh).toContain('`disclosure-rate` 实质公开率');
    const en = strFromU8(unzipSync(dataPackage({ ...input, lang: 'en' }).zip)['README.md']!);
    expect(en).toContain('Data version 7, last changed 2026-12-01; downloaded 2026-12-07.');
    expect(en).toContain('- `…` not read');
    expect(en).toContain(
      'numerator results.granted.total + results.partial.total; denominator results.total.total; not ranked on a denominator below 10.',
    );
  });
});
