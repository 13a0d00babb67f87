// The chart kinds a view can be drawn as (owid-grapher's GRAPHER_CHART_TYPES): the URL value of
// each and what it means for the view's other parameters. Everything else about a kind (its data,
// size, component, preview, download) is its entry in components/charts/chart-kinds.tsx.

export interface ChartKindTraits {
  /** `one`: a single year is drawn (the end of a range); `range`: every year of the range. */
  years: 'one' | 'range';
  /** What the view reads: its measure, or the parts of its composition (the `c` parameter). */
  reads: 'measure' | 'composition';
}

export const CHART_KIND_TRAITS = {
  bar: { years: 'one', reads: 'measure' },
  line: { years: 'range', reads: 'measure' },
  stacked: { years: 'one', reads: 'composition' },
} as const satisfies Record<string, ChartKindTraits>;

export type ChartKind = keyof typeof CHART_KIND_TRAITS;
export const CHART_KINDS = Object.keys(CHART_KIND_TRAITS) as ChartKind[];

export function chartTraits(kind: ChartKind): ChartKindTraits {
  return CHART_KIND_TRAITS[kind];
}
