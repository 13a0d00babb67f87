// A report page in HTML, through lib/extract: table rows become lines with ' | ' cells, row and
// column spans expanded (see lib/extract/README.md), &nbsp; cells empty.

import { describe, expect, it } from 'vitest';
import { TABLE3_ROWS } from '../figures/keys';
import { extractText } from '../extract';
import { SAMPLE3, SAMPLE4 } from './testing/build';
import { parseOk, pick, table3Figures, table4Figures } from './testing/expect';

const td = (s: string | number, attrs = '') => `<td${attrs}>${s}</td>`;

/** Table 3 as real pages mark it up: spanned headers, spanned group labels, one row per <tr>. */
function table3Html(rows: Record<string, readonly (number | null)[]>): string {
  const head = [
    `<tr>${td('申请人情况', ' rowspan="3" colspan="3"')}${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => td(x)).join('')}</tr>`,
  ];
  const groups: Record<string, [string, number]> = {
    'results.denied.stateSecret': ['(三)不予公开', 8],
    'results.unable.notHeld': ['(四)无法提供', 3],
    'results.rejected.petition': ['(五)不予处理', 5],
  };
  const body = TABLE3_ROWS.filter((r) => rows[r.id]).map((r) => {
    const cells = rows[r.id]!.map((v) => td(v === null ? '&nbsp;' : v)).join('');
    let label = td(r.zh, ' colspan="3"');
    if (r.id === 'results.granted') label = td('三、本年度办理结果', ' rowspan="20"') + td(r.zh, ' colspan="2"');
    else if (r.parent === 'results' || r.id === 'results.other') label = td(r.zh, ' colspan="2"');
    else if (r.parent) label = (groups[r.id] ? td(groups[r.id]![0], ` rowspan="${groups[r.id]![1]}"`) : '') + td(r.zh);
    return `<tr>${label}${cells}</tr>`;
  });
  return `<table border="1">${head.join('')}${body.join('\n')}</table>`;
}

function page(rows: Record<string, readonly (number | null)[]>): string {
  const t4 = `<table><tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr><tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr><tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x)).join('')}</tr><tr>${SAMPLE4.map((v) => td(v)).join('')}</tr></table>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>年报</title><style>td{}</style></head><body>
<h1>某某市人民政府2020年政府信息公开工作年度报告</h1>
<p>本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号编制。</p>
<h2>一、总体情况</h2><p>全市认真做好主动公开和依申请公开工作。</p>
<h2>二、主动公开政府信息情况</h2>
<table><tr>${td('第二十条第(一)项', ' colspan="4"')}</tr><tr>${td('信息内容')}${td('本年新制作数量')}${td('本年新公开数量')}${td('对外公开总数量')}</tr><tr>${td('规章')}${td(0)}${td(0)}${td(3)}</tr><tr>${td('规范性文件')}${td(291)}${td(291)}${td('1,836')}</tr></table>
<h2>三、收到和处理政府信息公开申请情况</h2>
${table3Html(rows)}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
${t4}
<h2>五、存在的主要问题及改进情况</h2><p>队伍建设有待加强。</p>
<h2>六、其他需要报告的事项</h2><p>无。</p></body></html>`;
}

async function parseHtml(html: string) {
  const out = await extractText(new TextEncoder().encode(html), 'report.html');
  if (!out.ok) throw new Error(out.message.en);
  return { text: out.text, r: parseOk(out.text) };
}

describe('HTML tables with rowspan, colspan and &nbsp; (through lib/extract)', () => {
  it('reads every figure of tables 2, 3 and 4', async () => {
    const { r } = await parseHtml(page(SAMPLE3));
    const expected3 = table3Figures(SAMPLE3);
    expect(pick(r, Object.keys(expected3))).toEqual(expected3);
    expect(pick(r, Object.keys(table4Figures(SAMPLE4)))).toEqual(table4Figures(SAMPLE4));
    expect(pick(r, ['active.rules.publishedTotal', 'active.normativeDocs.publishedTotal'])).toEqual({
      'active.rules.publishedTotal': 3,
      'active.normativeDocs.publishedTotal': 1836,
    });
    expect(r.issues.filter((i) => i.severity !== 'info' && i.code !== 'ROW_MISSING' && i.code !== 'META_MISSING')).toEqual([]);
  });

  it('keeps an &nbsp; cell blank, apart from 0, and infers it from the column sums', async () => {
    const { text, r } = await parseHtml(page({ ...SAMPLE3, 'results.other': [null, 0, 0, 0, 1, 0, 12] }));
    expect(text).toMatch(/\(六\)其他处理 \|  \| +\| 0/);
    expect(r.figures['results.other.natural']).toBe(11);
    expect(r.provenance['results.other.natural']).toMatchObject({ via: 'inferred', basis: 'resultsTotal.natural' });
    expect(r.issues.find((i) => i.code === 'CELL_BLANK')?.keys).toEqual(['results.other.natural']);
  });
});
