// From the chosen reports with their figures to the rows a chart draws: one value (or composition)
// per report, flags saying why a value needs a second look, missing kept as null. Pure.

import { basisLabel } from '@/lib/figures/checks';
import { noNumberOf } from '@/lib/figures/no-number';
import { englishName, placeLabel } from '@/lib/places/english';
import { computeRate, figureValue, notComputedReason, perTenThousand, rateDef, sumKeys, type FigureLookup } from '@/lib/figures/rates';
import { NOTATION, type NoNumber } from '@/lib/i18n/notation';
import type { ReportFigures } from '@/lib/domain';
import type { Label, Lang } from '@/lib/figures/keys';
import type { CompareView } from '@/lib/view-state';
import { perCapitaApplies, viewComposition } from './measures';
import type { NoValue, SeriesRow, ValueFlag } from './types';
import { compareMessages } from '@/lib/i18n/messages/compare';

export function rowLabel(r: ReportFigures): Label {
  if (r.scope === 'aggregate') return { zh: r.jurisdiction.name, en: placeLabel(r.jurisdiction, 'en') };
  // An office's name already says where it is (乌兰察布市政府办公室); English pages name the place first.
  return { zh: r.body, en: `${englishName(r.jurisdiction)} · ${r.body}` };
}

/** The report's failed checks whose relation holds one of `keys`. */
function failedChecksOf(r: ReportFigures, keys: readonly string[]) {
  const wanted = new Set(keys);
  return r.failedChecks.filter((c) => c.keys.some((k) => wanted.has(k)));
}

function flagsOf(r: ReportFigures, keys: readonly string[]): ValueFlag[] {
  const flags: ValueFlag[] = [];
  for (const key of keys) {
    const cell = r.figures[key];
    if (!cell || cell.value === null) continue;
    if (cell.provenance === 'narrative') {
      const quote = cell.raw ? `“${cell.raw}”` : '';
      flags.push({
        kind: 'narrative',
        reason: {
          zh: `取自报告正文的句子${quote},非表格`,
          en: `Read from a sentence of the report${quote ? ` (${quote})` : ''}, not a table`,
        },
      });
    } else if (cell.provenance === 'inferred') {
      const relation = cell.basis ? basisLabel(cell.basis) : null;
      flags.push({
        kind: 'inferred',
        reason: {
          zh: `表中此格空白,由勾稽关系推算${relation ? `:${relation.zh}` : ''}`,
          en: `Blank in the table; inferred from the table's sums${relation ? `: ${relation.en}` : ''}`,
        },
      });
    }
  }
  // A failed check marks the figures of its relation only, not the whole report.
  const failed = failedChecksOf(r, keys);
  if (failed.length) {
    flags.push({
      kind: 'checks-failed',
      reason: {
        zh: `这个数字所在的勾稽关系核验未通过,数字按原文照录:${failed.map((c) => c.message.zh).join(';')}`,
        en: `A sum check this figure is part of failed; figures kept as printed: ${failed.map((c) => c.message.en).join('; ')}`,
      },
    });
  }
  if (r.scope === 'agency') {
    flags.push({
      kind: 'agency',
      reason: { zh: `单一机关(${r.body})的报告,不是全辖区汇总`, en: `Report of one office (${r.body}), not the whole jurisdiction` },
    });
  }
  // One flag per kind is enough for the mark; distinct reasons of the same kind are merged (the same
  // reason for several inputs is said once).
  const merged = new Map<ValueFlag['kind'], ValueFlag[]>();
  for (const f of flags) {
    const same = merged.get(f.kind) ?? [];
    if (!same.some((g) => g.reason.zh === f.reason.zh)) merged.set(f.kind, [...same, f]);
  }
  return [...merged].map(([kind, list]) => ({
    kind,
    reason: { zh: list.map((f) => f.reason.zh).join(';'), en: list.map((f) => f.reason.en).join('; ') },
  }));
}

/** One row per report; `keys` are the view's keys (keysForView), read once per request by the caller. */
export function buildRows(
  view: CompareView,
  keys: readonly string[],
  reports: readonly ReportFigures[],
  highlight: ReadonlySet<string>,
): SeriesRow[] {
  const composition = viewComposition(view);
  const perCapita = perCapitaApplies(view);
  return reports.map((r) => {
    const lookup: FigureLookup = (key) => r.figures[key]?.value;
    let value: number | null;
    let parts: (number | null)[] | undefined;
    if (composition) {
      parts = composition.parts.map((p) => figureValue(lookup, p.key));
      value = parts.every((p) => p === null) ? null : parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    } else if (view.measure.kind === 'rate') {
      value = computeRate(rateDef(view.measure.id)!, lookup);
    } else {
      value = figureValue(lookup, view.measure.key);
    }
    // Per resident is a whole jurisdiction's measure: an office's report is not divided by the
    // jurisdiction's population (it stays in the view, missing, with the notice saying why).
    if (perCapita) value = r.scope === 'agency' ? null : perTenThousand(value, r.population);
    const inputs: Record<string, number | null> = {};
    const provenance: SeriesRow['provenance'] = {};
    for (const key of keys) {
      const cell = r.figures[key];
      inputs[key] = cell?.value ?? null;
      provenance[key] = cell && cell.value !== null ? cell.provenance : noNumberOf(key, cell, r.format)!;
    }
    // A rate whose inputs are in a failed relation is shown (with its mark) but never ranked.
    const unranked = view.measure.kind === 'rate' && value !== null && failedChecksOf(r, keys).length > 0;
    const why = value === null ? noValueOf(view, r, lookup, keys, provenance, perCapita) : null;
    return {
      reportId: r.reportId,
      slug: r.jurisdiction.slug,
      name: r.jurisdiction.name,
      body: r.body,
      label: rowLabel(r),
      year: r.year,
      scope: r.scope,
      value,
      ...(parts ? { parts } : {}),
      inputs,
      provenance,
      flags: flagsOf(r, keys),
      highlighted: highlight.has(r.jurisdiction.slug),
      ...(unranked ? { unranked: true as const } : {}),
      ...(why ? { why } : {}),
    };
  });
}

/** A figure's kind of no number in the one notation's words (lib/i18n/notation.ts). */
function notationValue(kind: NoNumber): NoValue {
  const n = NOTATION[kind];
  return { kind, short: n.short, long: { zh: n.zh, en: n.en } };
}

function messageValue(kind: 'noPopulation' | 'officePerCapita' | 'noParts'): NoValue {
  const [zh, en] = [compareMessages.zh.noValue[kind], compareMessages.en.noValue[kind]];
  return { kind, short: { zh: zh.short, en: en.short }, long: { zh: zh.long, en: en.long } };
}

/**
 * Why a row has no value: a figure's kind of no number (not read, blank, "/", not in the format),
 * why a rate is not computed, why there is no per-capita value, or (a composition) that no part has
 * a number, said in one kind when its parts share it.
 */
function noValueOf(
  view: CompareView,
  r: ReportFigures,
  lookup: FigureLookup,
  keys: readonly string[],
  provenance: SeriesRow['provenance'],
  perCapita: boolean,
): NoValue {
  if (perCapita && r.scope === 'agency') return messageValue('officePerCapita');
  const composition = viewComposition(view);
  if (composition)
    return sharedKind(
      composition.parts.map((p) => p.key),
      provenance,
    );
  const measure = view.measure;
  if (measure.kind === 'rate') {
    const rate = rateDef(measure.id)!;
    const reason = notComputedReason(rate, sumKeys(lookup, rate.numerator), sumKeys(lookup, rate.denominator));
    if (reason)
      return {
        kind: 'notComputed',
        short: { zh: compareMessages.zh.noValue.notComputed, en: compareMessages.en.noValue.notComputed },
        long: reason,
      };
    // A sum of figures (not a ratio): its inputs without a number say why.
    return sharedKind(
      keys.filter((k) => lookup(k) === null || lookup(k) === undefined),
      provenance,
    );
  }
  // A per-capita count that has its count lacks the population.
  if (perCapita && figureValue(lookup, measure.key) !== null) return messageValue('noPopulation');
  return notationValue(kindOf(provenance[measure.key]));
}

/** The one kind of no number the figures share, or "no part has a number" when they differ. */
function sharedKind(keys: readonly string[], provenance: SeriesRow['provenance']): NoValue {
  const kinds = new Set(keys.map((k) => kindOf(provenance[k])));
  return kinds.size === 1 ? notationValue([...kinds][0]!) : messageValue('noParts');
}

/** A provenance that is a kind of no number; anything else (no cell at all) counts as not read. */
function kindOf(provenance: SeriesRow['provenance'][string] | undefined): NoNumber {
  return provenance && provenance in NOTATION ? (provenance as NoNumber) : 'notRead';
}

function byLabel(a: SeriesRow, b: SeriesRow, lang: Lang): number {
  return a.label[lang].localeCompare(b.label[lang], lang === 'zh' ? 'zh-CN' : 'en');
}

/** Where a row sorts: ranked values, then values not ranked (failed checks), then missing. */
function tier(r: SeriesRow): number {
  return r.value === null ? 2 : r.unranked ? 1 : 0;
}

/** Ranked (single-year kinds): highest first, unranked values after them, missing values last, ties by label. */
export function sortRanked(rows: readonly SeriesRow[], lang: Lang): SeriesRow[] {
  return [...rows].sort((a, b) => {
    if (tier(a) !== tier(b)) return tier(a) - tier(b);
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) return b.value - a.value;
    return byLabel(a, b, lang);
  });
}

/** By series (ranges): by label, each series' years in order. */
export function sortBySeries(rows: readonly SeriesRow[], lang: Lang): SeriesRow[] {
  return [...rows].sort((a, b) => byLabel(a, b, lang) || a.slug.localeCompare(b.slug) || a.year - b.year);
}
