// The query parameters of every API route that takes any, with what each expects (docs/api.md):
// the routes parse with these, and the fuzz test (app/api/hostile-params.test.ts) enumerates them.

import { isFigureKey } from '@/lib/figures/keys';
import { LEVELS } from '@/lib/view-state/params';
import {
  cursorParam,
  cursorRowId,
  enumParam,
  intParam,
  listParam,
  optional,
  patternParam,
  required,
  SLUG_PATTERN,
  withDefault,
  type ParamParser,
} from './query-params';

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 100;

export const limitSpec = withDefault(intParam(1, MAX_LIMIT), DEFAULT_LIMIT, `a whole number from 1 to ${MAX_LIMIT}`);

export const yearSpec = optional(intParam(1990, 2100), 'a statistics year such as 2020');

export const jurisdictionsSpec = optional(
  listParam(patternParam(SLUG_PATTERN, 'a jurisdiction slug (lowercase letters, digits, hyphens)'), 50),
  'one or more jurisdiction slugs separated by commas, e.g. fuyang-341200,ningbo-330200',
);

export const scopeSpec = optional(enumParam(['aggregate', 'agency'] as const), 'aggregate or agency');

export const reportFormatSpec = optional(enumParam(['2019', '2021', 'legacy'] as const), '2019, 2021 or legacy');

export const JURISDICTIONS_PARAMS = {
  province: optional(patternParam(/^\S{1,40}$/u, 'a province name'), 'a province name such as 安徽省'),
  level: optional(patternParam(/^[a-z]{1,20}$/, 'a level'), 'province, prefecture, county, district or zone'),
  cursor: optional(
    cursorParam((t) => (SLUG_PATTERN.test(t) ? t : null)),
    'the nextCursor of a previous page',
  ),
  limit: limitSpec,
};

export const REPORTS_PARAMS = {
  jurisdiction: jurisdictionsSpec,
  year: yearSpec,
  scope: scopeSpec,
  format: reportFormatSpec,
  cursor: optional(cursorParam(cursorRowId), 'the nextCursor of a previous page'),
  limit: limitSpec,
};

const figureKey: ParamParser<string> = (raw) =>
  isFigureKey(raw) ? { ok: true, value: raw } : { ok: false, reason: `"${raw.slice(0, 60)}" is not a figure key of the catalogue` };

function decodeFigureCursor(text: string): { reportId: number; key: string } | null {
  const match = /^(\d{1,10}):(.+)$/.exec(text);
  const reportId = match && cursorRowId(match[1]!);
  return reportId && isFigureKey(match[2]!) ? { reportId, key: match[2]! } : null;
}

export const FIGURES_PARAMS = {
  key: required(listParam(figureKey, 20), 'one or more figure keys separated by commas, e.g. applications.new.total'),
  year: yearSpec,
  jurisdiction: jurisdictionsSpec,
  scope: scopeSpec,
  format: withDefault(enumParam(['json', 'csv'] as const), 'json', 'json or csv'),
  cursor: optional(cursorParam(decodeFigureCursor), 'the nextCursor of a previous page'),
  limit: limitSpec,
};

/** The /compare picker's search: what was typed, within a province and level. */
export const PICKER_PARAMS = {
  q: withDefault(patternParam(/^[^]{0,40}$/u, 'at most 40 characters'), '', 'what was typed, at most 40 characters'),
  province: optional(patternParam(/^\S{1,40}$/u, 'a province name'), 'a province name such as 安徽省'),
  level: optional(enumParam(LEVELS), LEVELS.join(', ')),
  lang: withDefault(enumParam(['zh', 'en'] as const), 'zh', 'zh or en: the language of the labels'),
};
