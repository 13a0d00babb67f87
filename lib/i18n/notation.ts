// The one notation for a figure that has no number, defined once and the same in both languages:
// every grid, table, legend and the footer print these marks with these words. A blank, a "/" and
// a figure we could not read are different things, and none of them is 0. Each has short words too,
// for where a chart's bar would start (the long words go to its tooltip and legend).

import type { Lang } from './lang';

export type NoNumber = 'notRead' | 'blank' | 'slash' | 'notInFormat';

export const NOTATION: Record<NoNumber, { mark: string; zh: string; en: string; short: { zh: string; en: string } }> = {
  /** The report should hold the figure (its format has it) but it was not read from the report. */
  notRead: {
    mark: '…',
    zh: '未读取(报告应有此项,未能读出)',
    en: 'not read (the report should have it; it could not be read)',
    short: { zh: '未读取', en: 'not read' },
  },
  /** The report prints an empty cell. */
  blank: { mark: '□', zh: '报告印为空白', en: 'printed blank', short: { zh: '印为空白', en: 'printed blank' } },
  /** The report prints "/" (or other text that is not a number) in the cell. */
  slash: {
    mark: '/',
    zh: '报告印为“/”等非数字',
    en: 'printed “/” or other text, not a number',
    short: { zh: '印为“/”', en: 'printed “/”' },
  },
  /** The report's format has no such figure (older formats lack the 2019 tables). */
  notInFormat: { mark: '—', zh: '此格式没有这一项', en: 'not in this report’s format', short: { zh: '此格式无此项', en: 'not in format' } },
};

export const NO_NUMBERS = ['notRead', 'blank', 'slash', 'notInFormat'] as const satisfies readonly NoNumber[];

/** "… not read · □ printed blank · …": the key printed once per page (the footer, the grids' legend). */
export function notationKey(lang: Lang): string {
  return NO_NUMBERS.map((k) => `${NOTATION[k].mark} ${NOTATION[k][lang]}`).join(lang === 'zh' ? ';' : '; ');
}
