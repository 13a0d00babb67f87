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
import { chartTraits, type CompareView, type Measure } from '@/lib/view-state';
import type { MeasureInfo } from './types';

/** The measure's labels and unit; `perCapita` as decided by perCapitaApplies. */
export function measureInfo(measure: Measure, perCapita: boolean): MeasureInfo {
  if (measure.kind === 'rate') {
    const rate = rateDef(measure.id)!;
    return {
      id: rate.id,
      label: { zh: rate.zh, en: rate.en },
      unit: perCapita ? 'per10k' : rate.unit,
      definition: rate.definition,
      denominatorLabel: perCapita ? PER_10K : (rate.denominatorLabel ?? null),
    };
  }
  const def = figureDef(measure.key)!;
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

/** Whether the measure counts something (per-10k only makes sense of counts). */
export function isCountMeasure(measure: Measure): boolean {
  if (measure.kind === 'rate') return rateDef(measure.id)?.unit === 'count';
  return figureDef(measure.key)?.unit === 'count';
}

/** The composition a view draws (kinds that read one), else null. */
export function viewComposition(view: CompareView): CompositionDef | null {
  return chartTraits(view.chart).reads === 'composition' ? (compositionDef(view.composition) ?? null) : null;
}

/** Whether a view could be per 10,000 residents: a kind that draws its measure, and the measure a count. */
export function perCapitaPossible(view: CompareView): boolean {
  return chartTraits(view.chart).reads === 'measure' && isCountMeasure(view.measure);
}

/** The per-capita rule, the only place it is written: asked for (per=10k) and possible. */
export function perCapitaApplies(view: CompareView): boolean {
  return view.per10k && perCapitaPossible(view);
}

/** Every stored key the view reads, group keys expanded to their parts. */
export function keysForView(view: CompareView): string[] {
  const composition = viewComposition(view);
  if (composition) return expandKeys(composition.parts.map((p) => p.key));
  if (view.measure.kind === 'rate') return rateInputKeys(rateDef(view.measure.id)!);
  return expandKeys([view.measure.key]);
}
