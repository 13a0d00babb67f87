// The compare settings' text and choices in one language, built on the server: the client form
// gets plain strings, not both languages' dictionaries nor the figure catalogue.

import { COMPOSITIONS } from '@/lib/figures/compositions';
import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import type { JurisdictionSummary } from '@/lib/domain';
import { placeLabel } from '@/lib/places/english';
import { CHART_KINDS, LEVELS, type ChartKind, type CompareView, type Level } from '@/lib/view-state';
import { choiceOf, COLUMN_CHOICES, MEASURE_GROUPS, type MeasureGroupId } from './measure-options';

export interface Option<T extends string = string> {
  id: T;
  label: string;
}

type ColumnSet = keyof typeof COLUMN_CHOICES;

export interface MeasureChoiceOption {
  /** `rate:<id>`, `t3:<row>`, `t4:<group>` or `key:<figure key>` (measure-value.ts). */
  value: string;
  label: string;
  columns: ColumnSet | null;
}

type ControlMessages = (typeof compareMessages)['zh']['controls'];

export interface ControlOptions {
  text: Omit<ControlMessages, 'remove' | 'groups'>;
  charts: Option<ChartKind>[];
  levels: Option<Level>[];
  compositions: Option[];
  measureGroups: { id: MeasureGroupId; label: string; choices: MeasureChoiceOption[] }[];
  columns: Record<ColumnSet, Option[]>;
  /** The view's measure as picker choice and column. */
  choice: string;
  column: string | null;
}

export interface PickedJurisdiction extends JurisdictionSummary {
  /** The name in the view's language (English with the Chinese beside). */
  label: string;
  /** Accessible name of its remove button. */
  removeLabel: string;
}

export function controlOptions(view: CompareView): ControlOptions {
  const lang: Lang = view.lang;
  const m = compareMessages[lang];
  const { remove: _remove, groups, ...text } = m.controls;
  const option = <T extends string>(id: T, label: string): Option<T> => ({ id, label });
  return {
    text,
    charts: CHART_KINDS.map((k) => option(k, m.charts[k])),
    levels: LEVELS.map((l) => option(l, m.levels[l] ?? l)),
    compositions: COMPOSITIONS.map((c) => option(c.id, c[lang])),
    measureGroups: MEASURE_GROUPS.map((g) => ({
      id: g.id,
      label: groups[g.id],
      choices: g.choices.map((c) => ({ value: c.value, label: c[lang], columns: c.columns ?? null })),
    })),
    columns: {
      applicants: COLUMN_CHOICES.applicants.map((c) => option(c.id, c[lang])),
      results: COLUMN_CHOICES.results.map((c) => option(c.id, c[lang])),
    },
    ...choiceOf(view.measure),
  };
}

export function pickedWithLabels(picked: readonly JurisdictionSummary[], lang: Lang): PickedJurisdiction[] {
  return picked.map((j) => ({ ...j, label: placeLabel(j, lang), removeLabel: compareMessages[lang].controls.remove(placeLabel(j, lang)) }));
}
