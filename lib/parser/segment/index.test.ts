// Sections and table regions when a report prints table 4's section before table 3's: numbered
// as printed (三、…行政复议 before 四、收到和处理), with the format's numbers out of order, or with
// the headings lost.

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { segment } from '.';

const T3 = '申请人情况 自然人 总计\n一、本年新收政府信息公开申请数量 5 5';
const T4 = '行政复议 行政诉讼 未经复议直接起诉 复议后起诉\n结果维持 结果纠正\n1 0 1';

function regions(text: string) {
  const t = normalizeText(text);
  const seg = segment(t);
  const of = (span?: [number, number]) => (span ? text.slice(span[0], span[1]) : null);
  return { table3: of(seg.table3), table4: of(seg.table4) };
}

describe('segment: table sections out of the format’s order', () => {
  const around = (middle: string[]) =>
    ['一、总体情况', '本年度工作。', '二、主动公开政府信息情况', ...middle, '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join(
      '\n',
    );

  it.each([
    ['renumbered as printed', ['三、政府信息公开行政复议、行政诉讼情况', T4, '四、收到和处理政府信息公开申请情况', T3]],
    ['numbers kept, out of order', ['四、政府信息公开行政复议、行政诉讼情况', T4, '三、收到和处理政府信息公开申请情况', T3]],
    ['headings lost', [T4, T3]],
  ])('%s: each table its own region', (_, middle) => {
    const r = regions(around(middle));
    expect(r.table3).toContain('本年新收');
    expect(r.table3).not.toContain('复议后起诉');
    expect(r.table4).toContain('复议后起诉');
    expect(r.table4).not.toContain('本年新收');
  });
});

describe('segment: a section heading printed again', () => {
  const H3 = '三、收到和处理政府信息公开申请情况';
  const H4 = '四、政府信息公开行政复议、行政诉讼情况';
  const rest = ['五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

  it('of the same table, right after it (continued on the next page): one region, and a copy', () => {
    const text = ['一、总体情况', H3, T3, '— 7 —', H3, '(七)总计 5 5', H4, T4, ...rest].join('\n');
    const seg = segment(normalizeText(text));
    const [from, to] = seg.table3!;
    expect(text.slice(from, to)).toContain('(七)总计');
    expect(text.slice(from, to)).toContain('本年新收');
    expect(seg.copies.table3).toHaveLength(1);
    const copy = text.slice(...seg.copies.table3[0]!);
    expect(copy).toContain('(七)总计');
    expect(copy).not.toContain('本年新收');
  });

  it('of another section after a table (the tables printed again): ends the region', () => {
    const text = ['一、总体情况', H3, T3, H4, T4, `${H3}${T3}${H4}${T4}`, ...rest].join('\n');
    const seg = segment(normalizeText(text));
    const [from, to] = seg.table4!;
    expect(text.slice(from, to)).not.toContain('本年新收');
    expect(seg.copies.table3).toHaveLength(1);
    expect(seg.copies.table4).toHaveLength(1);
  });
});
