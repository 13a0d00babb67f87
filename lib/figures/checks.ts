// The tables' own consistency rules (勾稽关系) as data: `left` sums must equal `right` sums.
// The parser's validator, the inference of blank cells and the UI's explanations all read these.

import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  OTHER_SUBROWS,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_PARTS,
  type Label,
  type ReportFormat,
} from './keys';

export type CheckKind = 'balance' | 'rowTotal' | 'resultsTotal' | 'otherSubrows' | 'appealTotal';

export interface SumRelation {
  id: string;
  kind: CheckKind;
  /** Plain-words description of the rule, zh/en. */
  label: Label;
  left: readonly string[];
  right: readonly string[];
  formats: readonly ReportFormat[];
}

const BOTH = ['2019', '2021'] as const;

function buildRelations(): SumRelation[] {
  const relations: SumRelation[] = [];
  for (const col of APPLICANT_COLUMNS) {
    const c = col.id;
    relations.push({
      id: `balance.${c}`,
      kind: 'balance',
      label: {
        zh: `${col.zh}列:本年新收 + 上年结转 = 办理结果总计 + 结转下年度`,
        en: `${col.en} column: new + carried over = total handled + carried forward`,
      },
      left: [`applications.new.${c}`, `applications.carriedOver.${c}`],
      right: [`results.total.${c}`, `carriedForward.${c}`],
      formats: BOTH,
    });
    const outcomeParts = [
      `results.granted.${c}`,
      `results.partial.${c}`,
      ...TABLE3_GROUPS.flatMap((g) => g.parts.map((p) => `${p}.${c}`)),
      `results.other.${c}`,
    ];
    relations.push({
      id: `resultsTotal.${c}`,
      kind: 'resultsTotal',
      label: {
        zh: `${col.zh}列:(七)总计 = 予以公开 + 部分公开 + 不予公开 + 无法提供 + 不予处理 + 其他处理`,
        en: `${col.en} column: total handled = sum of all outcomes`,
      },
      left: [`results.total.${c}`],
      right: outcomeParts,
      formats: BOTH,
    });
    relations.push({
      id: `otherSubrows.${c}`,
      kind: 'otherSubrows',
      label: {
        zh: `${col.zh}列:(六)其他处理 = 三个子项之和`,
        en: `${col.en} column: otherwise handled = sum of its three sub-rows`,
      },
      left: [`results.other.${c}`],
      right: OTHER_SUBROWS.map((r) => `${r}.${c}`),
      formats: ['2021'],
    });
  }
  for (const row of TABLE3_ROWS) {
    relations.push({
      id: `rowTotal.${row.id}`,
      kind: 'rowTotal',
      label: { zh: `${row.zh}:总计 = 六类申请人之和`, en: `${row.en}: total = sum of the six applicant columns` },
      left: [`${row.id}.total`],
      right: APPLICANT_PARTS.map((c) => `${row.id}.${c}`),
      formats: row.formats,
    });
  }
  for (const group of TABLE4_GROUPS) {
    relations.push({
      id: `appealTotal.${group.id}`,
      kind: 'appealTotal',
      label: { zh: `${group.zh}:总计 = 维持 + 纠正 + 其他 + 尚未审结`, en: `${group.en}: total = upheld + corrected + other + pending` },
      left: [`${group.id}.total`],
      right: TABLE4_PARTS.map((p) => `${group.id}.${p}`),
      formats: BOTH,
    });
  }
  return relations;
}

export const SUM_RELATIONS: readonly SumRelation[] = buildRelations();

export function relationsFor(format: ReportFormat): SumRelation[] {
  return SUM_RELATIONS.filter((r) => r.formats.includes(format));
}

const RELATION_LABEL = new Map(SUM_RELATIONS.map((r) => [r.id, r.label]));
const GROUP_SUM: Label = { zh: '各子项之和', en: 'the sum of its parts' };

/**
 * What an inferred figure was worked out from, in plain words: the relation the parser's `basis`
 * names (a relation id, or "group-sum" for a row that adds up its parts); null for anything else,
 * so a reader never sees the internal name.
 */
export function basisLabel(basis: string): Label | null {
  return basis === 'group-sum' ? GROUP_SUM : (RELATION_LABEL.get(basis) ?? null);
}
