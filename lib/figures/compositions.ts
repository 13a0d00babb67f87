// Compositions: sets of figures that add up to a whole, drawn as 100%-stacked bars on the compare
// page (outcomes of applications, reasons for withholding, applicant mix ...). Each part is a
// figure key; group keys (results.denied.total) resolve through their sub-rows (rates.figureValue).

import { APPLICANT_COLUMNS, APPLICANT_PARTS, OUTCOME_ROWS, TABLE3_GROUPS, TABLE3_ROWS, table3Key, type Label } from './keys';

export interface CompositionPart extends Label {
  key: string;
}

export interface CompositionDef extends Label {
  /** URL slug. */
  id: string;
  parts: readonly CompositionPart[];
}

function rowLabel(id: string): Label {
  const row = TABLE3_ROWS.find((r) => r.id === id) ?? TABLE3_GROUPS.find((g) => g.id === id);
  if (!row) throw new Error(`unknown table 3 row ${id}`);
  // Drop the printed numbering ((一), 1.) for chart legends.
  return { zh: row.zh.replace(/^(\([一二三四五六七]\)|\d+\.)/, ''), en: row.en };
}

function rowsOf(group: string): CompositionPart[] {
  return TABLE3_ROWS.filter((r) => r.parent === group).map((r) => ({ key: table3Key(r.id, 'total'), ...rowLabel(r.id) }));
}

export const COMPOSITIONS: readonly CompositionDef[] = [
  {
    id: 'outcomes',
    zh: '办理结果构成',
    en: 'Outcomes of applications',
    parts: OUTCOME_ROWS.map((id) => ({ key: table3Key(id, 'total'), ...rowLabel(id) })),
  },
  {
    id: 'applicants',
    zh: '申请人构成(本年新收)',
    en: 'Applicant mix (new applications)',
    parts: APPLICANT_PARTS.map((c) => {
      const col = APPLICANT_COLUMNS.find((x) => x.id === c)!;
      return { key: table3Key('applications.new', c), zh: col.zh, en: col.en };
    }),
  },
  { id: 'denied-reasons', zh: '不予公开的理由', en: 'Reasons for withholding', parts: rowsOf('results.denied') },
  { id: 'unable-reasons', zh: '无法提供的原因', en: 'Reasons unable to provide', parts: rowsOf('results.unable') },
  { id: 'rejected-reasons', zh: '不予处理的原因', en: 'Reasons not processed', parts: rowsOf('results.rejected') },
];

const BY_ID = new Map(COMPOSITIONS.map((c) => [c.id, c]));

export function compositionDef(id: string): CompositionDef | undefined {
  return BY_ID.get(id);
}
