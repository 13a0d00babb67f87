// Definitions of figures and rates in words, from the catalogue (./keys.ts, ./rates.ts): what a data
// download's metadata says each column is. Plain data, serialisable as JSON.

import { figureDef, type FigureTable, type Label, type ReportFormat, type Unit } from './keys';
import type { RateDef, RateUnit } from './rates';

/** Where in a report a figure is printed. */
export const TABLE_NAMES: Record<FigureTable, Label> = {
  active: { zh: '表二 主动公开政府信息情况', en: 'Table 2: information disclosed on the body’s own initiative' },
  applications: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3: applications received and handled' },
  appeals: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4: administrative reviews and lawsuits' },
  narrative: { zh: '报告正文', en: 'the text of the report' },
};

export interface FigureDefinition {
  key: string;
  label: Label;
  /** The table (or the text) that prints it. */
  printedIn: Label;
  unit: Unit;
  /** Formats whose tables print it (2019, 2021, legacy). */
  formats: readonly ReportFormat[];
  /** Keys whose sum it is, when no table prints it. */
  sumOf?: readonly string[];
  definition: Label;
}

export interface RateDefinition {
  id: string;
  label: Label;
  unit: RateUnit;
  definition: Label;
  /** Keys summed above the line (for counts: the keys summed). */
  numerator: readonly string[];
  /** Keys summed below the line; empty for counts. */
  denominator: readonly string[];
  /** Smallest denominator the rate is ranked on. */
  minBase: number;
}

/** The definition of a catalogue key; undefined for a key the catalogue does not hold. */
export function figureDefinition(key: string): FigureDefinition | undefined {
  const def = figureDef(key);
  if (!def) return undefined;
  const printedIn = TABLE_NAMES[def.table];
  const definition: Label = def.sumOf
    ? {
        zh: `“${def.zh}”:${def.sumOf.length} 个分项之和(${def.sumOf.join(' + ')});表格不单列此格,报告未印时由各分项相加,任一分项缺失则缺失`,
        en: `“${def.en}”: the sum of its ${def.sumOf.length} parts (${def.sumOf.join(' + ')}); not a cell of the table, added up when the report does not print it, missing when a part is`,
      }
    : def.table === 'narrative'
      ? { zh: `报告正文所述的“${def.zh}”`, en: `“${def.en}” as the text of the report states it` }
      : { zh: `${printedIn.zh}中“${def.zh}”一格所印的数字`, en: `The number printed in the cell “${def.en}” of ${printedIn.en}` };
  return {
    key: def.key,
    label: { zh: def.zh, en: def.en },
    printedIn,
    unit: def.unit,
    formats: def.formats,
    ...(def.sumOf ? { sumOf: def.sumOf } : {}),
    definition,
  };
}

export function rateDefinition(rate: RateDef): RateDefinition {
  return {
    id: rate.id,
    label: { zh: rate.zh, en: rate.en },
    unit: rate.unit,
    definition: rate.definition,
    numerator: rate.numerator,
    denominator: rate.denominator,
    minBase: rate.minBase,
  };
}
