// Messages of /methods: how figures are read, what the marks mean, the checks, and the accuracy
// table computed from the gold set.

import { defineMessages } from '../define';

export const methodsMessages = defineMessages(
  {
    title: '方法与准确度',
    lede: '每个数字如何从报告中读出、标记的含义、核验规则,以及解析器在人工核对的报告上实测的准确度。',
    link: '方法与准确度',
    reading: {
      title: '如何读出数字',
      steps: [
        '统一字符(全角数字、空格)并保留每个字符在原文中的位置;',
        '找到报告的六个部分和三张统计表;',
        '按格式固定的行序和行标签读表格:每行的数字放到它的列上;',
        '表格缺失或报告早于2019年格式时,读正文句子和各省自己的统计表;',
        '用表内勾稽关系核验,并写明每一个疑点。',
      ],
      rule: '错的数字比空白更糟:只有报告印出的数字才会显示。数字连写(如“15 0 00 0 217”)只在符合该行格数与合计、又使表格各列勾稽关系成立的拆分只有一种时才拆分;几种都成立时只显示它们相同的格(常为合计),其余留空并保留原文。推算只填补没有印任何数字的空格,其他行的合计从不替代印出的数字。',
    },
    marks: {
      title: '标记',
      table: '取自表格的单元格',
      narrative: '取自正文句子(表格中没有)',
      inferred: '表格此格空白,由勾稽关系唯一推算',
    },
    licence: { title: '许可', cite: '每张图表下的“引用”给出带数据版本的链接和引用格式。' },
    checks: {
      title: '核验(勾稽关系)',
      items: [
        '各列:本年新收 + 上年结转 = 办理结果总计 + 结转下年度;',
        '各行:总计 = 六类申请人之和;',
        '(七)总计 = 各项办理结果之和;2021年格式的(六)= 其三个子项之和;',
        '行政复议、行政诉讼:总计 = 维持 + 纠正 + 其他 + 尚未审结。',
      ],
      note: '不符时保留报告印出的数字,并标出不符。',
    },
    accuracy: {
      title: '实测准确度',
      lede: (version: string, date: string) => `解析器 ${version},${date} 在本服务器上计算。`,
      sets: '开发集是开发时使用的报告;未见集是在修改解析器之前人工读出、记录的新报告,是诚实的一部分。',
      damaged: (n: number) => `另外对这些报告施加 ${n} 种真实网页常见的损坏(丢格、重复行、表格拆分、重复表头、页脚、标签断开等)后再读:`,
      set: { dev: '开发集', unseen: '未见集' },
      report: '报告',
      kind: '来源类型',
      format: '格式',
      figures: '数字',
      meta: '报告信息',
      exact: '正确',
      missing: '缺失',
      wrong: '错误',
      total: '合计',
      variants: (n: number) => `${n} 个损坏版本`,
      layouts: (n: number, k: number) => `${n} 份按全国格式生成、以 ${k} 种真实来源版式(网页、Word 网页、PDF 文本、Markdown…)排出的报告`,
      twists: (n: number, k: number) => `${n} 份改动了格式本身的报告(${k} 种:标签无序号、只有“总计”列、表格改为文字、中文数字…),各种版式`,
      unreadable: '无法读取的金标准文件:',
      failed: '准确度表暂时无法计算,请稍后再试。',
    },
  },
  {
    title: 'Methods and accuracy',
    lede: 'How every figure is read from a report, what the marks mean, the checks, and the accuracy the parser measures on reports read by hand.',
    link: 'Methods and accuracy',
    reading: {
      title: 'How figures are read',
      steps: [
        'Characters are normalised (full-width digits, spaces), each keeping its place in the original text;',
        'the six sections and the three tables are located;',
        'tables are read by the format’s fixed row order and the row labels: each row’s numbers go to its columns;',
        'where tables are absent or the report predates the 2019 format, sentences and the province’s own statistics table are read;',
        'the tables’ own sums check the result, and every doubt is stated.',
      ],
      rule: 'A wrong number is worse than a blank: only figures the report prints are shown. Digits printed run together (“15 0 00 0 217”) are split only when a single split fits the row’s cells and total and lets the table’s column sums hold; where several do, only the cells they all share (often the total) are shown, the others stay blank and the printed digits are kept. Inference fills only cells where nothing is printed; other rows’ sums never replace a printed number.',
    },
    marks: {
      title: 'Marks',
      table: 'read from a table cell',
      narrative: 'read from a sentence (not in any table)',
      inferred: 'the cell is blank; the tables’ sums determine it',
    },
    licence: { title: 'Licence', cite: '“Cite this” under every chart gives its link with the data version, and the citation.' },
    checks: {
      title: 'Checks (the tables’ own sums)',
      items: [
        'each column: new + carried over = total handled + carried forward;',
        'each row: total = the six applicant columns;',
        '(7) total = the sum of the outcomes; in the 2021 format, (6) = its three sub-rows;',
        'reviews and lawsuits: total = upheld + corrected + other + pending.',
      ],
      note: 'Where they fail, the printed numbers are kept and the contradiction is flagged.',
    },
    accuracy: {
      title: 'Measured accuracy',
      lede: (version: string, date: string) => `Parser ${version}, computed on this server on ${date}.`,
      sets: 'The development set is what the parser was built on; the unseen set holds new reports read by hand and recorded before any parser change for them — the honest part.',
      damaged: (n: number) =>
        `The same reports read again under ${n} kinds of damage real pages do (cells dropped, rows repeated, tables split, headers repeated, page footers, labels broken…):`,
      set: { dev: 'development set', unseen: 'unseen set' },
      report: 'Report',
      kind: 'Input',
      format: 'Format',
      figures: 'Figures',
      meta: 'Report facts',
      exact: 'exact',
      missing: 'missing',
      wrong: 'wrong',
      total: 'Total',
      variants: (n: number) => `${n} damaged variants`,
      layouts: (n: number, k: number) =>
        `${n} reports of the national format printed in ${k} layouts of real sources (web pages, Word HTML, PDF text, Markdown…)`,
      twists: (n: number, k: number) =>
        `${n} reports with the format itself reworked (${k} ways: labels without ordinals, only a 总计 column, tables as sentences, Chinese numerals…), in every layout`,
      unreadable: 'Gold files that could not be read:',
      failed: 'The accuracy table cannot be computed right now; try again later.',
    },
  },
);
