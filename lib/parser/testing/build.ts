// Synthetic reports for layout and check tests, built from real rows: the labels of the national
// format and the numbers of seed 000 (阜阳 2020), laid out the way real pages print them.

import { APPLICANT_COLUMNS, OTHER_SUBROWS, TABLE3_ROWS, type ReportFormat } from '../../figures/keys';
import type { Row7 } from './expect';

/** Seed 000's table 3 (2019 format), row id → seven cells. */
export const SAMPLE3: Record<string, Row7> = {
  'applications.new': [790, 6, 0, 2, 26, 11, 835],
  'applications.carriedOver': [14, 1, 0, 0, 0, 0, 15],
  'results.granted': [249, 3, 0, 2, 16, 0, 270],
  'results.partial': [79, 1, 0, 0, 1, 0, 81],
  'results.denied.stateSecret': [4, 0, 0, 0, 0, 0, 4],
  'results.denied.lawForbidden': [3, 0, 0, 0, 0, 0, 3],
  'results.denied.threeSecurity': [0, 0, 0, 0, 0, 0, 0],
  'results.denied.thirdParty': [23, 0, 0, 0, 0, 11, 34],
  'results.denied.internalAffairs': [2, 0, 0, 0, 0, 0, 2],
  'results.denied.processInfo': [0, 0, 0, 0, 0, 0, 0],
  'results.denied.enforcementFile': [5, 0, 0, 0, 0, 0, 5],
  'results.denied.adminQuery': [1, 1, 0, 0, 0, 0, 2],
  'results.unable.notHeld': [337, 1, 0, 0, 8, 0, 346],
  'results.unable.needsCreation': [3, 0, 0, 0, 0, 0, 3],
  'results.unable.unclear': [13, 0, 0, 0, 0, 0, 13],
  'results.rejected.petition': [23, 0, 0, 0, 0, 0, 23],
  'results.rejected.duplicate': [12, 1, 0, 0, 0, 0, 13],
  'results.rejected.publication': [0, 0, 0, 0, 0, 0, 0],
  'results.rejected.excessive': [0, 0, 0, 0, 0, 0, 0],
  'results.rejected.confirmation': [2, 0, 0, 0, 0, 0, 2],
  'results.other': [11, 0, 0, 0, 1, 0, 12],
  'results.total': [767, 7, 0, 2, 26, 11, 813],
  carriedForward: [37, 0, 0, 0, 0, 0, 37],
};

/** The same table in the 2021 format: (六) printed as three sub-rows (11 = 8 + 0 + 3; 1 = 1). */
export const SAMPLE3_2021: Record<string, Row7> = (() => {
  const rows: Record<string, Row7> = { ...SAMPLE3 };
  delete rows['results.other'];
  rows['results.otherNoCorrection'] = [8, 0, 0, 0, 1, 0, 9];
  rows['results.otherUnpaidFee'] = [0, 0, 0, 0, 0, 0, 0];
  rows['results.otherMisc'] = [3, 0, 0, 0, 0, 0, 3];
  return rows;
})();

export const SAMPLE4 = [17, 7, 8, 0, 32, 20, 2, 3, 3, 28, 3, 2, 0, 0, 5] as const;

export type Cells = readonly (number | string | null)[];
export type Layout = 'lines' | 'pipes' | 'spaces' | 'before' | 'run';

const HEADINGS: Record<string, string> = {
  'results.granted': '三、本年度办理结果',
  'results.denied.stateSecret': '(三)不予公开',
  'results.unable.notHeld': '(四)无法提供',
  'results.rejected.petition': '(五)不予处理',
  [OTHER_SUBROWS[0]]: '(六)其他处理',
};

const cellText = (c: number | string | null) => (c === null ? '' : String(c));

/** One table 3 row in the given layout. */
export function row(label: string, cells: Cells, layout: Layout): string {
  const texts = cells.map(cellText);
  switch (layout) {
    case 'lines':
      return [label, ...texts].join('\n\n');
    case 'pipes':
      return [label, '', ...texts].join(' | '); // the label spans two columns, as HTML pages print it
    case 'spaces':
      return [label, ...texts].join(' ');
    case 'before':
      return `${texts.join(' ')}\n${label}`;
    case 'run':
      return `${label}${texts.join('')}`;
  }
}

export function table3(rows: Record<string, Cells>, layout: Layout, format: ReportFormat = '2019'): string {
  const header =
    layout === 'pipes'
      ? [
          '申请人情况 |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计',
          ' |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ',
        ]
      : [
          '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
          '申请人情况',
          '自然人',
          '法人或其他组织',
          '总计',
          ...APPLICANT_COLUMNS.slice(1, 6).map((c) => c.zh),
        ];
  const lines = [...header];
  for (const r of TABLE3_ROWS) {
    const cells = rows[r.id];
    if (!cells) continue;
    const heading = HEADINGS[r.id];
    if (heading && !(format === '2019' && r.id === OTHER_SUBROWS[0])) lines.push(heading);
    lines.push(row(r.zh, cells, layout));
  }
  return lines.join(layout === 'run' ? '' : '\n');
}

export function table4(cells: readonly (number | string)[], layout: 'lines' | 'pipes' | 'spaces' = 'spaces'): string {
  const head = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];
  const sep = layout === 'lines' ? '\n' : layout === 'pipes' ? ' | ' : ' ';
  return `${head.join('\n')}\n${cells.join(sep)}`;
}

/** A whole report around the given tables (2019 format unless told). */
export function report(parts: { table2?: string; table3?: string; table4?: string; format?: ReportFormat; prose?: string }): string {
  const format = parts.format ?? '2019';
  const notice = format === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
  const year = format === '2021' ? 2022 : 2020;
  return [
    `某某县人民政府${year}年政府信息公开工作年度报告`,
    `本报告依据《中华人民共和国政府信息公开条例》和《关于政府信息公开工作年度报告有关事项的通知》(${notice})编制。`,
    '一、总体情况',
    parts.prose ?? `${year}年,我县认真做好主动公开、依申请公开工作。`,
    '二、主动公开政府信息情况',
    parts.table2 ?? '',
    '三、收到和处理政府信息公开申请情况',
    parts.table3 ?? '',
    '四、政府信息公开行政复议、行政诉讼情况',
    parts.table4 ?? '',
    '五、存在的主要问题及改进情况',
    '队伍建设有待加强。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}
