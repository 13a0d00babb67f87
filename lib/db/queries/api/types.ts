// Wire shapes of the public API (docs/api.md). Plain JSON: ids are numbers, dates ISO strings,
// spans [start, end) UTF-16 offsets into the report's extracted text. Figure values are null when
// the report leaves the cell blank or writes "/" (never 0).

import type { SourceView } from '../report/types';

export type Span = [start: number, end: number];

/** What a list answers: a page of rows and, when more follow, the cursor of the next page. */
export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** What a list query returns: a page and the sort key of its last row when more rows follow. */
export interface KeysetPage<T, K> {
  data: T[];
  nextAfter: K | null;
}

/** Takes `limit + 1` rows and splits off the look-ahead row. */
export function keysetPage<R, T, K>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => K): KeysetPage<T, K> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(map), nextAfter: rows.length > limit && last !== undefined ? keyOf(last) : null };
}

export interface ApiJurisdiction {
  slug: string;
  name: string;
  level: string;
  province: string | null;
  divisionCode: string | null;
  parentSlug: string | null;
  reportCount: number;
  /** Statistics years it has reports for, ascending. */
  years: number[];
}

export interface ApiJurisdictionRef {
  slug: string;
  name: string;
}

export interface ApiCorrection {
  parsed: unknown;
  corrected: unknown;
  /** ISO timestamp. */
  at: string;
}

export interface ApiReport {
  id: number;
  jurisdiction: ApiJurisdictionRef;
  body: string;
  year: number;
  title: string | null;
  scope: 'aggregate' | 'agency';
  format: string;
  publishedOn: string | null;
  issuer: string | null;
  /** The file the figures were read from (of the report's sources, the shown one). */
  sourceFileName: string;
  sourceFileType: string;
  contentHash: string;
  parserVersion: string;
  ingestedAt: string;
  /** Failed checks (error-severity issues). */
  errorCount: number;
  /** Officer corrections of meta fields, by field. */
  corrections: Record<string, ApiCorrection> | null;
}

export interface ApiFigure {
  key: string;
  value: number | null;
  provenance: 'table' | 'narrative' | 'inferred';
  rule: string;
  raw: string | null;
  basis: string | null;
  span: Span | null;
}

export interface ApiIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { zh: string; en: string };
  keys: string[];
  numbers: Record<string, number | null> | null;
  span: Span | null;
}

export interface ApiReportDetail extends ApiReport {
  figures: ApiFigure[];
  issues: ApiIssue[];
  /** Every file this report was read from, the shown one first. */
  sources: SourceView[];
}

/** One figure of one report, as /api/figures lists them. */
export interface ApiFigureRow extends ApiFigure {
  reportId: number;
  year: number;
  jurisdiction: ApiJurisdictionRef;
  body: string;
  scope: 'aggregate' | 'agency';
  format: string;
}
