// Messages of the app shell: site name, navigation, language switch, error and not-found pages,
// and words every page uses (provenance, scope, missing).

import { defineMessages } from '../define';

export const commonMessages = defineMessages(
  {
    siteName: '政府信息公开年报数据',
    siteTagline: '政府信息公开工作年度报告 · 逐项核验的数据',
    skipToContent: '跳到正文',
    nav: { label: '主导航', home: '首页', compare: '比较', table: '总表', coverage: '覆盖', ingest: '上传' },
    langSwitch: { label: '语言', toLabel: 'English', toLang: '切换到英文' },
    footer: {
      about: '数据来自各地公开发布的政府信息公开工作年度报告,逐项解析并按表内勾稽关系核验。',
      sourceNote: '没有数字的格子从不记作 0,记法全站统一:',
    },
    notFound: {
      title: '找不到这个页面',
      body: '地址可能有误,或者这个辖区、这份报告不在库中。',
      home: '回到首页',
      table: '在总表中按年份、省份筛选全部报告',
      search: '比较多个辖区',
      searchLabel: '找一个辖区:输入中文名、拼音或英文名',
      searchPlaceholder: '例如 阜阳、fuyang 或 Hohhot',
      searchHint: '用方向键选择,回车打开它的页面',
      noMatches: '没有找到',
      places: '库中的辖区',
    },
    error: { title: '出了点问题', body: '页面加载时出错。可以重试,或回到首页。', retry: '重试', home: '回到首页' },
    missing: '缺失',
    scope: { aggregate: '全辖区', agency: '单一机关' },
    scopeHint: {
      agency: '这是单一机关(如政府办公室)的报告,不是全辖区汇总,不宜与全辖区数字直接比较。',
    },
    provenance: { table: '表格', narrative: '正文句子', inferred: '推算' },
    provenanceHint: {
      narrative: '此数字取自报告正文的句子,而非表格。',
      inferred: '此单元格空白,数字由表内勾稽关系唯一推算得出。',
    },
    cite: {
      heading: '引用',
      plain: '一般格式',
      gbt: 'GB/T 7714 格式',
      licence: '许可',
      version: '数据版本 · 更新日期',
    },
    dataVersion: {
      changed: (cited: number, current: number, date: string) =>
        `此链接引用的是第 ${cited} 版数据;数据已于 ${date} 更新为第 ${current} 版,下面的数字可能与引用时不同。`,
      unknown: (cited: number, current: number, date: string) =>
        `此链接引用的数据版本 ${cited} 不是本站的版本(当前为第 ${current} 版,${date} 更新),下面是当前的数据。`,
      latest: '打开当前版本的链接',
    },
    checksFailed: '核验未通过',
    checksFailedHint: (n: number) => `该报告有 ${n} 项勾稽关系核验未通过,数字按原文照录。`,
  },
  {
    siteName: 'Disclosure Report Data',
    siteTagline: 'Government information-disclosure annual reports · verified figure by figure',
    skipToContent: 'Skip to content',
    nav: { label: 'Main navigation', home: 'Home', compare: 'Compare', table: 'Table', coverage: 'Coverage', ingest: 'Upload' },
    langSwitch: { label: 'Language', toLabel: '中文', toLang: 'Switch to Chinese' },
    footer: {
      about: 'Figures come from the annual reports governments publish, read cell by cell and checked against the tables’ own sums.',
      sourceNote: 'A cell without a number is never counted as 0; the same marks everywhere:',
    },
    notFound: {
      title: 'Page not found',
      body: 'The address may be wrong, or this place or report is not in the database.',
      home: 'Back to the home page',
      table: 'Filter every report by year and province in the table',
      search: 'Compare places',
      searchLabel: 'Find a place: type its name in English, Chinese or pinyin',
      searchPlaceholder: 'e.g. Hohhot, Fuyang or 阜阳',
      searchHint: 'Arrow keys to choose, Enter to open its page',
      noMatches: 'No match',
      places: 'Places in the database',
    },
    error: {
      title: 'Something went wrong',
      body: 'The page failed to load. Try again, or go back to the home page.',
      retry: 'Try again',
      home: 'Back to the home page',
    },
    missing: 'missing',
    scope: { aggregate: 'Whole jurisdiction', agency: 'Single office' },
    scopeHint: {
      agency:
        'This report covers one office (e.g. the government’s general office), not the whole jurisdiction; do not compare it directly with whole-jurisdiction figures.',
    },
    provenance: { table: 'Table', narrative: 'Sentence', inferred: 'Inferred' },
    provenanceHint: {
      narrative: 'This figure was read from a sentence of the report, not from a table.',
      inferred: 'This cell is blank; the figure follows uniquely from the table’s sums.',
    },
    cite: {
      heading: 'Cite this',
      plain: 'Plain',
      gbt: 'GB/T 7714',
      licence: 'Licence',
      version: 'Data version · updated',
    },
    dataVersion: {
      changed: (cited: number, current: number, date: string) =>
        `This link cites data version ${cited}; the data changed on ${date} (now version ${current}), so the figures below may differ from those cited.`,
      unknown: (cited: number, current: number, date: string) =>
        `This link names data version ${cited}, which this site never had (now version ${current}, updated ${date}); the figures below are today’s.`,
      latest: 'Open the link of the current version',
    },
    checksFailed: 'Checks failed',
    checksFailedHint: (n: number) => `${n} of this report’s sum checks failed; figures are kept as printed.`,
  },
);

/** A page's <title> in its language: "Hongze District 洪泽区 · Disclosure Report Data" (the layout's template is Chinese). */
export function pageTitle(title: string | null, lang: keyof typeof commonMessages): { absolute: string } {
  const site = commonMessages[lang].siteName;
  return { absolute: title ? `${title} · ${site}` : site };
}
