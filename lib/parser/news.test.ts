// Issue #12 item 4: a news article about a report is refused with its reason; reports are not —
// the seeds, the corpus, the pre-2019 prose report (seed 004) and the pre-2019 Fujian table.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './index';
import { readReport } from './testing/expect';
import { NANJING_NEWS } from './testing/news';

const refusalOf = (text: string) => {
  const out = parseReport(text);
  return out.ok ? null : out.refusal;
};

describe('news about a report', () => {
  it('is refused as NOT_A_REPORT, the reason naming the news opening', () => {
    const r = refusalOf(NANJING_NEWS);
    expect(r).toMatchObject({ code: 'NOT_A_REPORT', severity: 'error' });
    expect(r!.message.en).toContain('news');
    expect(r!.message.zh).toContain('本报讯');
  });

  it.each([
    ['日前…发布', NANJING_NEWS.replace('本报讯（记者 王晓）', '')],
    ['报告显示 alone', NANJING_NEWS.replace(/本报讯（记者 王晓）日前，南京市政府办公厅发布《[^》]+》。\n/, '')],
  ])('is refused when its opening reads as news (%s)', (_, text) => {
    expect(refusalOf(text)?.code).toBe('NOT_A_REPORT');
  });
});

describe('reports are not refused', () => {
  it.each([
    'seeds/000-fuyang-2020.txt',
    'seeds/001-yiyang-2020.txt',
    'seeds/002-ningbo-2020.txt',
    'seeds/003-wulanchabu-office-2020.txt',
    'seeds/004-shangqiu-2017.txt',
    'corpus/pingtan_2022.txt',
    'reference-text/huaian_city_2024.txt',
  ])('%s', (file) => {
    expect(refusalOf(readReport(file))).toBeNull();
  });

  it('the pingtan pages: the 2012 statistics-table report, the 2019 one run together', () => {
    expect(refusalOf(readFileSync(new URL('../../data/gold/unseen/pingtan_2019.txt', import.meta.url), 'utf8'))).toBeNull();
    expect(refusalOf(readFileSync(new URL('../../data/gold/unseen/pingtan_2012.txt', import.meta.url), 'utf8'))).toBeNull();
  });

  it('a report whose page prints news words before it keeps its report structure (seed 004 after a news line)', () => {
    const text = `本报讯 日前，商丘市发布年度报告。\n${readReport('seeds/004-shangqiu-2017.txt')}`;
    expect(refusalOf(text)).toBeNull();
  });

  it('a prose-only pre-2019 report with a report opening and no section headings', () => {
    const prose = [
      '某某县2012年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》要求，由某某县人民政府办公室编制。据悉，全县各部门认真贯彻《条例》。',
      '2012年全县主动公开政府信息1200条，共受理政府信息公开申请12件，其中同意公开10件。未发生因政府信息公开申请引起的行政复议、行政诉讼。',
    ].join('\n');
    const out = parseReport(prose);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.result.figures['applications.new.total']).toBe(12);
  });
});
