// What a compare view measures, resolved from the URL: labels, unit, definition and the figure
// keys to load. One place decides which keys a view reads, so queries load exactly those.

import { compositionDef, type CompositionDef } from '@/lib/figures/compositions';
import {
  APPLICANT_COLUMNS,
  figureDef,
  LITIGATION_GROUP,
  TABLE2_ITEMS,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Label,
} from '@/lib/figures/keys';
import { expandKeys, rateDef, rateInputKeys } from '@/lib/figures/rates';
import type { CompareView, Measure } from '@/lib/view-state/compare-params';
import type { MeasureInfo } from './types';

export function measureInfo(measure: Measure, per10k: boolean): MeasureInfo {
  if (measure.kind === 'rate') {
    const rate = rateDef(measure.id)!;
    const perCapita = per10k && rate.unit === 'count';
    return {
      id: rate.id,
      label: { zh: rate.zh, en: rate.en },
      unit: perCapita ? 'per10k' : rate.unit,
      definition: rate.definition,
      denominatorLabel: perCapita ? PER_10K : (rate.denominatorLabel ?? null),
    };
  }
  const def = figureDef(measure.key)!;
  const perCapita = per10k && def.unit === 'count';
  return {
    id: def.key,
    label: figureTitle(def.key),
    unit: perCapita ? 'per10k' : 'count',
    definition: def.sumOf ? { zh: `${def.zh}:各分项之和`, en: `${def.en}: the sum of its parts` } : null,
    denominatorLabel: perCapita ? PER_10K : null,
  };
}

/** Printed numbering at the start of a row label: 一、 (一) 1. */
const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七]\)|\d+\.)/;

/** A figure's label for titles: row without its printed numbering, column unless it is 总计. */
export function figureTitle(key: string): Label {
  const def = figureDef(key);
  if (!def) return { zh: key, en: key };
  const rows: readonly (Label & { id: string })[] = [...TABLE3_ROWS, ...TABLE3_GROUPS, ...TABLE4_GROUPS, LITIGATION_GROUP, ...TABLE2_ITEMS];
  const row = rows.find((r) => r.id === def.row);
  const columns: readonly (Label & { id: string })[] =
    def.table === 'applications' ? APPLICANT_COLUMNS : def.table === 'appeals' ? TABLE4_COLUMNS : [];
  const column = columns.find((c) => c.id === def.column);
  if (!row || (!column && def.table !== 'active')) return { zh: def.zh, en: def.en };
  if (def.table === 'active') return { zh: def.zh, en: def.en };
  const rowZh = row.zh.replace(NUMBERING, '');
  if (!column || column.id === 'total') return { zh: rowZh, en: row.en };
  return { zh: `${rowZh} · ${column.zh}`, en: `${row.en} · ${column.en}` };
}

const PER_10K = { zh: '每万常住人口', en: 'per 10,000 residents' };

/** Whether per-10k applies to this measure (counts only). */
export function isCountMeasure(measure: Measure): boolean {
  if (measure.kind === 'rate') return rateDef(measure.id)?.unit === 'count';
  return figureDef(measure.key)?.unit === 'count';
}

export function viewComposition(view: CompareView): CompositionDef | null {
  return view.chart === 'stacked' ? (compositionDef(view.composition) ?? null) : null;
}

/** Every stored key the view reads, group keys expanded to their parts. */
export function keysForView(view: CompareView): string[] {
  const composition = viewComposition(view);
  if (composition) return expandKeys(composition.parts.map((p) => p.key));
  if (view.measure.kind === 'rate') return rateInputKeys(rateDef(view.measure.id)!);
  return expandKeys([view.measure.key]);
}
