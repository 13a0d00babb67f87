// The /table query and its rows: one chosen report per row, a value per chosen column (figure keys
// and rates of lib/figures), filtered, sorted and paged by the database.

import type { Label } from '@/lib/figures/keys';
import type { CheckId } from './quality';
import type { JurisdictionSummary, ProvenanceKind, ReportScope } from './report';

export interface TableFilter {
  year: number;
  province: string | null;
  level: string | null;
  scope: ReportScope | null;
  /** Only reports that failed a quality check (lib/quality). */
  failedOnly: boolean;
  /** Only reports that failed this quality check. */
  failedCheck: CheckId | null;
}

export interface TableQuery extends TableFilter {
  /** Figure keys and rate ids (lib/figures/rates.ts), already validated. */
  columns: string[];
  /** A column id, `name` or `checks`. */
  sort: string;
  dir: 'asc' | 'desc';
  /** null: every row (exports). */
  limit: number | null;
  offset: number;
}

export interface TableCell {
  value: number | null;
  /** Provenance of a figure column's stored figure; null when the report has none (or for rates). */
  provenance: ProvenanceKind | null;
  /** A stored figure without a number: the text printed in its cell ("/", "-"), '' or null for a blank. */
  raw?: string | null;
  /** A ratio's numerator and denominator (sums of its keys; null when a figure is missing). */
  numerator?: number | null;
  denominator?: number | null;
  /** A ratio whose inputs are in a failed sum relation (勾稽关系): the relations, in words. Never ranked. */
  failedRelations?: Label | null;
}

export interface TableRow extends JurisdictionSummary {
  reportId: number;
  body: string;
  scope: ReportScope;
  format: string;
  errorCount: number;
  /** Summary of the stored quality checks; null: not checked yet. */
  quality: { passed: number; decided: number; failedIds: CheckId[] } | null;
  cells: Record<string, TableCell>;
}

export interface TablePage {
  rows: TableRow[];
  /** Rows matching the filter, all pages. */
  total: number;
}

/** What /table can filter on. */
export interface TableFacets {
  /** Years with reports, newest first, with their report counts. */
  years: { year: number; reports: number }[];
  provinces: string[];
}
