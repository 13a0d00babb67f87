// The words of each notice, for notices loadCompareData gives on the bundled reports: what the page,
// the downloads and the link preview say when the data cannot serve a view as asked.
import { describe, expect, it } from 'vitest';
import { parseCompareParams, readCompareParams } from '@/lib/view-state';
import { loadCompareData } from './load-compare-data';
import { dataNoticeText, listText } from './notice-text';
import { compareSource } from './testing/bundled-reports';

async function texts(query: string) {
  const view = parseCompareParams(readCompareParams(new URLSearchParams(query))).view;
  const { notices } = await loadCompareData(view, compareSource());
  return { zh: notices.map((n) => dataNoticeText(n, 'zh')), en: notices.map((n) => dataNoticeText(n, 'en')) };
}

describe('dataNoticeText', () => {
  it('lists in each language’s way', () => {
    expect(listText(['阜阳市', '弋阳县'], 'zh')).toBe('阜阳市、弋阳县');
    expect(listText([2020, 2024], 'en')).toBe('2020, 2024');
  });

  it('names unknown places and a year without data', async () => {
    expect(await texts('j=nowhere-1,nowhere-2&y=2019')).toEqual({
      zh: ['找不到这些辖区:nowhere-1、nowhere-2。', expect.stringContaining('2019')],
      en: ['These jurisdictions are unknown: nowhere-1, nowhere-2.', expect.stringContaining('2019')],
    });
  });

  it('says a bar chart shows the last year with data of a range', async () => {
    const { zh, en } = await texts('j=hongze-320813&y=2022-2024');
    expect(zh).toEqual(['柱状图和构成图只显示一年:2022-2024 中有数据的最后一年 2024。']);
    expect(en).toHaveLength(1);
    expect(en[0]).toContain('2024');
  });

  it('says per 10,000 applies to counts only, and not to an office’s report', async () => {
    expect((await texts('m=disclosure-rate&per=10k')).zh).toEqual(['每万人只适用于件数,比率不做人均换算。']);
    const office = await texts('y=2020&per=10k');
    expect(office.zh).toContain('单一机关的报告不按全辖区人口折算,不与全辖区并列:乌兰察布市政府办公室。');
    expect(office.en.some((t) => t.includes('乌兰察布市政府办公室'))).toBe(true);
  });

  it('lists a picked place without a report in the year with the years it has, and an empty province', async () => {
    const absent = await texts('j=fuyang-341200,huaian-320800&y=2024');
    expect(absent.zh).toEqual(['2024 年无报告(图表与数据中单列一行): 阜阳市 (有 2020 年的报告)']);
    expect(absent.en).toEqual([
      'No report for 2024 (listed as such in the chart and the data): Fuyang, Anhui 阜阳市 (has reports for 2020)',
    ]);
    expect((await texts('province=西藏自治区')).zh).toContain('“西藏自治区”没有任何报告。');
  });

  it('says when the province joined has no report in the year, and which years it has', async () => {
    const { zh, en } = await texts('province=安徽省&j=hongze-320813&y=2024');
    expect(zh.at(-1)).toBe('安徽省在 2024 年没有报告。 有报告的年份: 2020');
    expect(en.at(-1)).toBe('安徽省 has no report for 2024. Years with reports: 2020');
  });

  it('words every kind, including those the bundled reports cannot give', () => {
    expect(dataNoticeText({ kind: 'no-reports' }, 'zh')).toBe('所选范围内没有报告。');
    expect(dataNoticeText({ kind: 'too-many-to-show', count: 61 }, 'en')).toBe(
      'More than 60 jurisdictions have reports that year; choose jurisdictions or a province.',
    );
    expect(dataNoticeText({ kind: 'no-population', names: ['阜阳市', '商丘市'] }, 'zh')).toBe('没有人口数据,无法人均:阜阳市、商丘市。');
    expect(dataNoticeText({ kind: 'province-absent', province: '江西省', years: '2024', has: [] }, 'zh')).toBe(
      '江西省在 2024 年没有报告。',
    );
    expect(
      dataNoticeText(
        {
          kind: 'absent',
          years: '2023–2024',
          places: [
            { name: '阜阳市', slug: 'f', label: { zh: '阜阳市', en: 'Fuyang 阜阳市' }, years: [] },
            { name: '弋阳县', slug: 'y', label: { zh: '弋阳县', en: 'Yiyang 弋阳县' }, years: [2020] },
          ],
        },
        'zh',
      ),
    ).toBe('2023–2024 年无报告(图表与数据中单列一行): 阜阳市 (还没有任何报告);弋阳县 (有 2020 年的报告)');
    expect(
      dataNoticeText(
        {
          kind: 'absent',
          years: '2024',
          places: [
            { name: 'A', slug: 'a', label: { zh: 'A', en: 'Place A' }, years: [] },
            { name: 'B', slug: 'b', label: { zh: 'B', en: 'Place B' }, years: [2020, 2022] },
          ],
        },
        'en',
      ),
    ).toBe(
      'No report for 2024 (listed as such in the chart and the data): Place A (has no reports yet); Place B (has reports for 2020, 2022)',
    );
  });
});
