// A report page whose statistics table is a picture, as many government sites publish one: a seed's
// text as paragraphs with, where its table stood, an <img> of the table (typeset alone and put
// through a scanner's damage, seeded: lib/ocr/testing), plus images collection must leave alone or
// cannot read (an icon, one on another host, one robots.txt forbids). Test data only.

import { SCANNER } from '../../ocr/testing/damage';
import { tableImageReport } from '../../ocr/testing/table-scan';
import { page } from './site';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ImageTablePage {
  html: string;
  /** The table's picture (JPEG), served at the page's `src`. */
  jpeg: Buffer;
  /** The table's figures as the seed's text version reads them. */
  expected: Record<string, number>;
}

/** Seed `seed`'s table 4 as a picture at `src`, the `extra` images' markup after it. */
export async function imageTablePage(root: string, seed: string, src: string, extra = ''): Promise<ImageTablePage> {
  const report = await tableImageReport(root, { seed, table: 4, dpi: 150, damage: SCANNER, random: 3 });
  const paragraphs = (lines: string[]) => lines.filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`);
  const body = [
    '<img src="/images/logo.png" width="32" height="32" alt="">',
    ...paragraphs(report.before),
    `<p style="text-align:center"><img src="${src}" alt="表格"></p>${extra}`,
    ...paragraphs(report.after),
  ];
  const title = report.before.find((l) => /^[^\s:：]+20\d\d年度.*报告$/.test(l.trim()))?.trim() ?? '政府信息公开工作年度报告';
  return {
    html: page(title, `<div class="article"><div class="content">${body.join('\n')}</div></div>`),
    jpeg: report.jpeg,
    expected: report.expected,
  };
}
