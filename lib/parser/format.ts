// Which national format a report follows: '2019' (国办公开办函〔2019〕60号, reports for 2019-2020),
// '2021' (〔2021〕30号, reports for 2021 on) or 'legacy' (before 2019, sentences only). The tables'
// own headers decide first, then the notice the report cites, then the statistics year.

import type { ReportFormat } from '../figures/keys';
import { compactView, type NormalText } from './normalize';
import type { Segments } from './segment';

export interface FormatDecision {
  format: ReportFormat;
  /** Why, in a few words (for FORMAT_UNCERTAIN messages). */
  basis: 'tables' | 'notice' | 'year' | 'default';
  uncertain: boolean;
}

const TABLE2_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'];
const TABLE2_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购总金额'];
const SUBROWS_2021 = ['逾期不补', '收费通知'];

function anyIn(t: NormalText, words: readonly string[], from: number, to: number): boolean {
  const { compact } = compactView(t, from, to);
  return words.some((w) => compact.includes(w));
}

const NOTICE = /[〔\[(（【]\s*(2019|2021)\s*[〕\])）】]\s*(60|30)\s*号/g;

/** The format notice the report cites (国办公开办函〔2021〕30号 / 〔2019〕60号). */
function notice(t: NormalText): '2019' | '2021' | null {
  let found: '2019' | '2021' | null = null;
  for (const m of t.norm.matchAll(NOTICE)) {
    if (m[1] === '2021' && m[2] === '30') return '2021';
    if (m[1] === '2019' && m[2] === '60') found = '2019';
  }
  return found;
}

export function detectFormat(t: NormalText, seg: Segments, year: number | null): FormatDecision {
  const t2 = seg.table2;
  const t3 = seg.table3;
  const votes2021 = (t2 && anyIn(t, TABLE2_2021, t2[0], t2[1])) || (t3 && anyIn(t, SUBROWS_2021, t3[0], t3[1]));
  const votes2019 = t2 && anyIn(t, TABLE2_2019, t2[0], t2[1]);
  const byYear: ReportFormat | null = year === null ? null : year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'legacy';
  const cited = notice(t);
  if (votes2021 || votes2019) {
    const format: ReportFormat = votes2021 && !votes2019 ? '2021' : votes2019 && !votes2021 ? '2019' : byYear === '2021' ? '2021' : '2019';
    const disagree = (votes2021 && votes2019) || (byYear !== null && byYear !== format);
    return { format, basis: 'tables', uncertain: Boolean(disagree) };
  }
  if (cited) return { format: cited, basis: 'notice', uncertain: byYear !== null && byYear !== cited };
  if (byYear) return { format: byYear, basis: 'year', uncertain: false };
  return { format: 'legacy', basis: 'default', uncertain: true };
}
