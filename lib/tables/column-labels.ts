// Short labels of /table columns (figure keys and rates) and the columns the picker offers.
// Catalogue labels are the printed row names (一、本年新收政府信息公开申请数量 · 总计); a column
// header wants the words that tell rows apart (本年新收).

import {
  figureDef,
  LITIGATION_GROUP,
  TABLE2_ITEMS,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  type Label,
  type Lang,
} from '@/lib/figures/keys';
import { RATES, rateDef } from '@/lib/figures/rates';

const ROW_SHORT: Record<string, Label> = {
  'applications.new': { zh: '本年新收', en: 'New applications' },
  'applications.carriedOver': { zh: '上年结转', en: 'Carried over' },
  'results.total': { zh: '办理结果总计', en: 'Total handled' },
  carriedForward: { zh: '结转下年度', en: 'Carried forward' },
};

/** `(一)予以公开` → `予以公开`, `4.保护第三方合法权益` → `保护第三方合法权益`. */
function stripNumbering(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/, '').replace(/\(区分处理的.*\)$/, '');
}

function rowLabel(row: string, lang: Lang): string {
  const short = ROW_SHORT[row];
  if (short) return short[lang];
  const def = [...TABLE3_ROWS, ...TABLE3_GROUPS, ...TABLE4_GROUPS, LITIGATION_GROUP, ...TABLE2_ITEMS].find((r) => r.id === row);
  return def ? stripNumbering(def[lang]) : row;
}

export function columnLabel(id: string, lang: Lang): string {
  const rate = rateDef(id);
  if (rate) return rate[lang];
  const def = figureDef(id);
  if (!def) return id;
  if (def.table === 'narrative') return def[lang];
  const row = rowLabel(def.row, lang);
  if (def.column === 'total' || !def.column) return row;
  const col = def[lang].split(' · ').pop()!;
  return `${row} · ${col}`;
}

/** The columns the picker offers, grouped; any other figure key still works in the URL. */
export const COLUMN_CHOICES: { group: Label; ids: string[] }[] = [
  {
    group: { zh: '表三 申请办理(总计列)', en: 'Table 3: applications (total column)' },
    ids: [
      'applications.new.total',
      'applications.new.natural',
      'applications.carriedOver.total',
      'results.granted.total',
      'results.partial.total',
      'results.denied.total',
      'results.denied.thirdParty.total',
      'results.unable.total',
      'results.unable.notHeld.total',
      'results.rejected.total',
      'results.other.total',
      'results.total.total',
      'carriedForward.total',
    ],
  },
  {
    group: { zh: '表四 复议诉讼', en: 'Table 4: reviews and lawsuits' },
    ids: ['review.total', 'review.corrected', 'litigation.total', 'litigation.corrected'],
  },
  {
    group: { zh: '表二 主动公开', en: 'Table 2: proactive disclosure' },
    ids: ['active.licensing.decisions', 'active.penalty.decisions', 'active.enforcement.decisions', 'narrative.activeItems'],
  },
  { group: { zh: '派生指标', en: 'Derived rates' }, ids: RATES.map((r) => r.id) },
];
