// Query parameters shared by the public API's list routes, with what each expects (docs/api.md).

import { enumParam, intParam, listParam, optional, patternParam, SLUG_PATTERN, withDefault } from './query-params';

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
