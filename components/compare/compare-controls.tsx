// The compare page's settings. Every change navigates to the URL of the new view (the server
// renders it), so the URL is always the whole state and back/forward work.
'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ControlOptions, PickedJurisdiction } from '@/lib/compare/control-options';
import { measureOfChoice } from '@/lib/compare/measure-value';
import { chartTraits, type ChartKind } from '@/lib/view-state/chart-kinds';
import type { CompareView } from '@/lib/view-state/compare-params';
import { compareHref } from '@/lib/view-state/serialize-compare-params';
import { JurisdictionPicker } from './jurisdiction-picker';

export interface CompareControlsProps {
  view: CompareView;
  picked: PickedJurisdiction[];
  years: number[];
  /** The years drawn (a trend with a kept year draws them all). */
  range: { from: number; to: number } | null;
  /** Provinces by their stored (Chinese) name, with the name shown in the view's language. */
  provinces: { name: string; label: string; jurisdictions: number }[];
  perCapitaApplies: boolean;
  /** Text and choices in the view's language (lib/compare/control-options.ts). */
  options: ControlOptions;
}

const field = 'block text-xs font-semibold uppercase tracking-wide text-ink-mute mb-1.5';
const select = 'w-full rounded-sm border border-rule bg-white px-2.5 py-2 text-sm focus:border-accent';

export function CompareControls({ view, picked, years, range, provinces, perCapitaApplies, options }: CompareControlsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [filterProvince, setFilterProvince] = useState<string | null>(view.province);
  const [filterLevel, setFilterLevel] = useState<string | null>(view.level);
  const c = options.text;

  function go(next: Partial<CompareView>) {
    startTransition(() => router.push(compareHref({ ...view, ...next }), { scroll: false }));
  }

  function setChart(chart: ChartKind) {
    if (chart === view.chart) return;
    // The chosen year is kept: a trend draws every year and marks it, and bars return to it (or to
    // the end of a range chosen on the trend).
    const years = !view.years || chartTraits(chart).years === 'range' ? view.years : { from: view.years.to, to: view.years.to };
    go({ chart, years });
  }

  const { choice, column } = options;
  const choices = options.measureGroups.flatMap((g) => g.choices);
  const choiceDef = choices.find((x) => x.value === choice);
  function setMeasure(nextChoice: string, nextColumn: string | null) {
    // A column the next row does not have (applicant vs result columns) falls back to the total.
    const next = choices.find((x) => x.value === nextChoice);
    const columns = next?.columns ? options.columns[next.columns] : [];
    const col = columns.length === 0 ? null : columns.some((x) => x.id === nextColumn) ? nextColumn : 'total';
    go({ measure: measureOfChoice(nextChoice, col) });
  }
  const sortedYears = [...years].sort((a, b) => a - b);

  return (
    <form aria-label={c.heading} className="space-y-6" onSubmit={(e) => e.preventDefault()} data-pending={pending || undefined}>
      <fieldset>
        <legend className={field}>{c.jurisdictions}</legend>
        {picked.length ? (
          <ul className="mb-2 flex flex-wrap gap-1.5" data-testid="picked">
            {picked.map((j) => (
              <li key={j.slug} className="inline-flex items-center gap-1 rounded-sm bg-ink py-0.5 pl-2 pr-0.5 text-sm text-white">
                {j.label}
                <button
                  type="button"
                  aria-label={j.removeLabel}
                  onClick={() => go({ jurisdictions: view.jurisdictions.filter((s) => s !== j.slug) })}
                  className="rounded-sm px-1.5 text-white/70 hover:bg-white/20 hover:text-white"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <JurisdictionPicker
          exclude={view.jurisdictions}
          province={filterProvince}
          level={filterLevel}
          labels={{ search: c.search, searchHint: c.searchHint, noMatches: c.noMatches }}
          lang={view.lang}
          onPick={(j) => go({ jurisdictions: [...view.jurisdictions, j.slug] })}
        />
        <div className="mt-3 grid grid-cols-2 gap-2">
          <label className="text-xs text-ink-mute">
            {c.province}
            <select
              className={`${select} mt-1`}
              value={filterProvince ?? ''}
              data-testid="province-filter"
              onChange={(e) => {
                const p = e.target.value || null;
                setFilterProvince(p);
                if (view.province !== null) go({ province: p, level: p ? view.level : null });
              }}
            >
              <option value="">{c.anyProvince}</option>
              {provinces.map((p) => (
                <option key={p.name} value={p.name}>{`${p.label} (${p.jurisdictions})`}</option>
              ))}
            </select>
          </label>
          <label className="text-xs text-ink-mute">
            {c.level}
            <select
              className={`${select} mt-1`}
              value={filterLevel ?? ''}
              onChange={(e) => {
                const l = e.target.value || null;
                setFilterLevel(l);
                if (view.province !== null) go({ level: (l as CompareView['level']) ?? null });
              }}
            >
              <option value="">{c.anyLevel}</option>
              {options.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={view.province !== null}
            disabled={!filterProvince}
            data-testid="all-in-province"
            onChange={(e) =>
              go(
                e.target.checked
                  ? { province: filterProvince, level: (filterLevel as CompareView['level']) ?? null }
                  : { province: null, level: null },
              )
            }
          />
          {c.allInProvince}
        </label>
        {view.jurisdictions.length || view.province ? (
          <button
            type="button"
            className="mt-2 text-xs text-accent underline"
            onClick={() => go({ jurisdictions: [], province: null, level: null })}
          >
            {c.clear}
          </button>
        ) : null}
      </fieldset>

      <fieldset>
        <legend className={field}>{c.chart}</legend>
        {/* Flex, not three equal columns: a long word (Composition) widens its own option instead of spilling out. */}
        <div role="radiogroup" aria-label={c.chart} className="flex overflow-hidden rounded-sm border border-rule text-sm">
          {options.charts.map(({ id: k, label }) => (
            <label
              key={k}
              className={`flex-1 cursor-pointer px-2 py-2 text-center has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${view.chart === k ? 'bg-ink text-white' : 'bg-white text-ink-soft hover:bg-wash'}`}
            >
              <input
                type="radio"
                name="chart"
                value={k}
                checked={view.chart === k}
                onChange={() => setChart(k)}
                className="sr-only"
                data-testid={`chart-${k}`}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className={field}>{c.years}</legend>
        {chartTraits(view.chart).years === 'range' ? (
          <div className="grid grid-cols-2 gap-2">
            {(['from', 'to'] as const).map((end) => (
              <label key={end} className="text-xs text-ink-mute">
                {c[end]}
                <select
                  className={`${select} mt-1`}
                  value={range?.[end] ?? ''}
                  data-testid={`year-${end}`}
                  onChange={(e) => {
                    const y = Number(e.target.value);
                    const from = end === 'from' ? y : Math.min(range?.from ?? y, y);
                    const to = end === 'to' ? y : Math.max(range?.to ?? y, y);
                    go({ years: { from: Math.min(from, to), to: Math.max(from, to) } });
                  }}
                >
                  {sortedYears.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        ) : (
          <select
            className={select}
            aria-label={c.years}
            value={view.years?.to ?? ''}
            data-testid="year-select"
            onChange={(e) => go({ years: { from: Number(e.target.value), to: Number(e.target.value) } })}
          >
            {[...sortedYears].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </fieldset>

      {chartTraits(view.chart).reads === 'composition' ? (
        <fieldset>
          <legend className={field}>{c.composition}</legend>
          <select
            className={select}
            aria-label={c.composition}
            value={view.composition}
            data-testid="composition-select"
            onChange={(e) => go({ composition: e.target.value })}
          >
            {options.compositions.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </fieldset>
      ) : (
        <fieldset>
          <legend className={field}>{c.measure}</legend>
          <select
            className={select}
            aria-label={c.measure}
            value={choice}
            data-testid="measure-select"
            onChange={(e) => setMeasure(e.target.value, column)}
          >
            {options.measureGroups.map((g) => (
              <optgroup key={g.id} label={g.label}>
                {g.choices.map((x) => (
                  <option key={x.value} value={x.value}>
                    {x.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {choiceDef?.columns ? (
            <label className="mt-2 block text-xs text-ink-mute">
              {c.column}
              <select
                className={`${select} mt-1`}
                value={column ?? 'total'}
                data-testid="column-select"
                onChange={(e) => setMeasure(choice, e.target.value)}
              >
                {options.columns[choiceDef.columns].map((col) => (
                  <option key={col.id} value={col.id}>
                    {col.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className={`mt-3 flex items-center gap-2 text-sm ${perCapitaApplies ? '' : 'text-ink-mute'}`}>
            <input
              type="checkbox"
              checked={view.per10k}
              disabled={!perCapitaApplies}
              onChange={(e) => go({ per10k: e.target.checked })}
              data-testid="per10k"
            />
            {c.per10k}
          </label>
        </fieldset>
      )}
      <p aria-live="polite" className="h-4 text-xs text-ink-mute">
        {pending ? c.updating : ''}
      </p>
    </form>
  );
}
