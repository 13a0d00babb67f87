import { describe, expect, it } from 'vitest';
import { htmlToText as read, IMAGE_MARK, looksLikeHtml } from './html';
import { DEFAULT_EXTRACT_LIMITS } from './types';

function htmlToText(html: string, maxDepth = DEFAULT_EXTRACT_LIMITS.maxHtmlDepth): string {
  const out = read(html, maxDepth);
  if (!out.ok) throw new Error('nested too deeply');
  return out.text;
}

describe('htmlToText', () => {
  it('expands rowspan/colspan on a grid and keeps &nbsp; cells empty', () => {
    const html = `<html><head><title>x</title><style>td{}</style></head><body>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table><tbody>
        <tr><td rowspan="2" colspan="2">申请人情况</td><td rowspan="2">自然人</td><td colspan="2">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td></tr>
        <tr><td rowspan="2">三、本年度办理结果</td><td>(一)予以公开</td><td>12</td><td>&nbsp;</td><td>0</td><td>12</td></tr>
        <tr><td>(二)部分公开</td><td>3</td><td>1</td><td> </td><td>4</td></tr>
      </tbody></table>
      <script>var a = "1 | 2";</script>
      <p>四、结束</p></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '',
      '申请人情况 |  | 自然人 | 法人或其他组织 |  | 总计',
      ' |  |  | 商业企业 | 科研机构 | ',
      '三、本年度办理结果 | (一)予以公开 | 12 |  | 0 | 12',
      ' | (二)部分公开 | 3 | 1 |  | 4',
      '',
      '四、结束',
    ]);
  });

  it('flattens a cell to one line and reads spread-out labels as printed', () => {
    const html = '<table><tr><td><p>自 然</p><p>人</p></td><td>5<br>件</td></tr></table>';
    expect(htmlToText(html)).toBe('自 然 人 | 5 件');
  });

  it('reads a layout table (long cells) as blocks, not as one row', () => {
    const long = '本报告依据《中华人民共和国政府信息公开条例》编制。'.repeat(15);
    const html = `<table><tr><td><p>标题</p><p>${long}</p><table><tr><td>1</td><td>2</td></tr></table></td></tr></table>`;
    expect(htmlToText(html).split('\n')).toEqual(['标题', long, '', '1 | 2']);
  });

  it('drops rows whose cells are all empty, and inline tags do not split text', () => {
    expect(htmlToText('<table><tr><td></td><td>&nbsp;</td></tr><tr><td><span>自</span><b>然人</b></td></tr></table>')).toBe('自然人');
  });

  it('refuses nesting deeper than the limit, without recursing through it', () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}年度报告${'</div>'.repeat(depth)}`;
    // html, body and the root count too: 250 divs are inside 256, 300 are not.
    expect(read(nested(250), 256)).toEqual({ ok: true, text: '年度报告', images: [] });
    expect(read(nested(300), 256)).toEqual({ ok: false, tooDeep: true });
    expect(read(nested(100_000), 256)).toEqual({ ok: false, tooDeep: true });
  });

  it('lists the images in page order, icons aside, and marks each at its place only when asked', () => {
    const html =
      '<p>四、行政复议和行政诉讼情况</p><p><img src="t4.png"></p><p>五、存在的问题<img src="i.gif" width="16" height="16"></p>' +
      '<table><tr><td>表</td><td><img src="cell.jpg" width="50%"></td></tr></table><noscript><img src="n.png"></noscript>';
    const plain = read(html, 256);
    expect(plain).toEqual({ ok: true, text: '四、行政复议和行政诉讼情况\n五、存在的问题\n\n表 | ', images: ['t4.png', 'cell.jpg'] });
    const marked = read(html, 256, { markImages: true });
    if (!marked.ok) throw new Error('not read');
    expect(marked.text.split('\n').slice(0, 3)).toEqual(['四、行政复议和行政诉讼情况', IMAGE_MARK, '五、存在的问题']);
  });

  it('tells HTML documents from text that mentions tags', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <table><tr>')).toBe(true);
    expect(looksLikeHtml('年报正文 <p> 不是网页')).toBe(false);
  });
});
