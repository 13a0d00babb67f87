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
    expect(metadata).toMatchObject({ dataVersion: 7, dataChangedAt: '2026-12-01T08:00:00.000Z', url: input.url });
    expect(metadata.licence).toEqual({ name: 'CC BY 4.0', url: DATA_LICENCE.url, terms: DATA_LICENCE.terms.zh });
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

describe('data package README, word for word', () => {
  const small: PackageInput & { csv: string } = {
    lang: 'zh',
    site: 'S',
    title: 'T',
    description: 'D',
    url: 'https://x/compare?v=7',
    origin: 'https://x',
    stamp: { version: 7, changedAt: '2026-12-01T08:00:00.000Z' },
    generatedAt: '2026-12-07T10:00:00.000Z',
    csvName: 'c.csv',
    columns: ['disclosure-rate', 'review.total'],
    reports: [
      { reportId: 12, jurisdiction: 'J', body: 'B', year: 2020 },
      { reportId: 13, jurisdiction: 'K', body: 'C', year: 2020 },
    ],
    sources: [
      { reportId: 12, fileName: 'a.pdf', pageUrl: 'https://p/a.html', documentUrl: 'https://p/a.pdf', shown: true },
      { reportId: 13, fileName: 'b.txt', pageUrl: null, documentUrl: null, shown: true },
    ],
    csv: 'x',
  };
  const readme = (lang: 'zh' | 'en') => strFromU8(unzipSync(dataPackage({ ...small, lang }).zip)['README.md']!);

  it('in Chinese', () => {
    expect(readme('zh')).toBe(`# T

D

数据版本 7,最后更新 2026-12-01;下载于 2026-12-07。
在线查看: https://x/compare?v=7

## 文件

- \`c.csv\`: 数据:每份报告一行(UTF-8,带 BOM)
- \`metadata.json\`: 本说明的机器可读版本:定义、来源、版本、许可
- \`README.md\`: 说明

## 引用

- 一般格式: S:《T》,数据版本 7(2026-12-01 更新),https://x/compare?v=7,访问于 2026-12-07,许可 CC BY 4.0。
- GB/T 7714 格式: S. T[DB/OL]. (2026-12-01)[2026-12-07]. https://x/compare?v=7.

## 许可

CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)

${DATA_LICENCE.terms.zh}

## 没有数字的格子(从不记作 0)

- \`…\` 未读取(报告应有此项,未能读出)
- \`□\` 报告印为空白
- \`/\` 报告印为“/”等非数字
- \`—\` 此格式没有这一项

## 出处一栏

- \`table\`: 从报告的表格单元格读取
- \`narrative\`: 从报告正文的句子读取(表格未印)
- \`inferred\`: 表格此格空白,由表内勾稽关系唯一推算
- \`missing\`: 无数字:按上面的记法印为 …、□、/ 或 —;所选辖区当年没有报告的那一行印 missing

## 数字的定义

- \`results.granted.total\` (一)予以公开 · 总计: 表三 收到和处理政府信息公开申请情况中“(一)予以公开 · 总计”一格所印的数字
- \`results.partial.total\` (二)部分公开 · 总计: 表三 收到和处理政府信息公开申请情况中“(二)部分公开 · 总计”一格所印的数字
- \`results.total.total\` (七)总计 · 总计: 表三 收到和处理政府信息公开申请情况中“(七)总计 · 总计”一格所印的数字
- \`review.total\` 行政复议 · 总计: 表四 政府信息公开行政复议、行政诉讼情况中“行政复议 · 总计”一格所印的数字

## 比率的定义

- \`disclosure-rate\` 实质公开率: (予以公开 + 部分公开) ÷ 办理结果总计;分子 results.granted.total + results.partial.total;分母 results.total.total;分母少于 10 时样本太少,不参与排名。

## 来源报告

- J · B · 2020: https://x/reports/12
  - 原文: https://p/a.pdf (https://p/a.html)
- K · C · 2020: https://x/reports/13
  - 原文: 上传的文件 b.txt
`);
  });

  it('in English', () => {
    expect(readme('en')).toBe(`# T

D

Data version 7, last changed 2026-12-01; downloaded 2026-12-07.
View online: https://x/compare?v=7

## Files

- \`c.csv\`: the data: one line per report (UTF-8 with a BOM)
- \`metadata.json\`: this description, machine-readable: definitions, sources, version, licence
- \`README.md\`: the description

## How to cite

- Plain: S, “T”, data version 7 (updated 2026-12-01), https://x/compare?v=7 (accessed 2026-12-07), licence CC BY 4.0.
- GB/T 7714: S. T[DB/OL]. (2026-12-01)[2026-12-07]. https://x/compare?v=7.

## Licence

CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)

${DATA_LICENCE.terms.en}

## Cells without a number (never 0)

- \`…\` not read (the report should have it; it could not be read)
- \`□\` printed blank
- \`/\` printed “/” or other text, not a number
- \`—\` not in this report’s format

## The provenance columns

- \`table\`: read from a cell of the report’s tables
- \`narrative\`: read from a sentence of the report (the table does not print it)
- \`inferred\`: blank in the table; the only value the table’s sums allow
- \`missing\`: no number: printed as …, □, / or — (the notation above); missing on the line of a picked place without a report that year

## What each figure is

- \`results.granted.total\` Disclosed in full · Total: The number printed in the cell “Disclosed in full · Total” of Table 3: applications received and handled
- \`results.partial.total\` Partly disclosed · Total: The number printed in the cell “Partly disclosed · Total” of Table 3: applications received and handled
- \`results.total.total\` Total handled · Total: The number printed in the cell “Total handled · Total” of Table 3: applications received and handled
- \`review.total\` Administrative review · Total: The number printed in the cell “Administrative review · Total” of Table 4: administrative reviews and lawsuits

## What each rate is

- \`disclosure-rate\` Disclosure rate: (disclosed in full + partly disclosed) ÷ total handled; numerator results.granted.total + results.partial.total; denominator results.total.total; not ranked on a denominator below 10.

## Source reports

- J · B · 2020: https://x/reports/12
  - original: https://p/a.pdf (https://p/a.html)
- K · C · 2020: https://x/reports/13
  - original: uploaded file b.txt
`);
  });
});
