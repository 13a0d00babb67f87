// What a compare view measures, resolved from the URL: labels, unit, definition and the figure
// keys to load. One place decides which keys a view reads, so queries load exactly those.

import { compositionDef, type CompositionDef } from '@/lib/figures/compositions';
import { figureDef } from '@/lib/figures/keys';
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
    label: { zh: def.zh, en: def.en },
    unit: perCapita ? 'per10k' : 'count',
    definition: def.sumOf ? { zh: `${def.zh}:各分项之和`, en: `${def.en}: the sum of its parts` } : null,
    denominatorLabel: perCapita ? PER_10K : null,
  };
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
