// Plain view types of the compare page and the home chart: what the queries return and what the
// chart components draw. No Prisma types; everything is serialisable for client components.

import type { Label } from '@/lib/figures/keys';

export type ProvenanceKind = 'table' | 'narrative' | 'inferred';
export type ReportScope = 'aggregate' | 'agency';

export interface JurisdictionSummary {
  slug: string;
  name: string;
  level: string;
  province: string | null;
}

/** One stored figure as the compare page needs it. */
export interface FigureCell {
  /** null: blank, "/" or similar in the report (never 0). */
  value: number | null;
  provenance: ProvenanceKind;
  /** As printed (a cell, or the sentence fragment for narrative figures). */
  raw: string | null;
  /** For inferred figures: the sum relation it follows from (lib/figures/checks.ts id). */
  basis: string | null;
}

/** One report with the figures the view asked for. */
export interface ReportFigures {
  reportId: number;
  jurisdiction: JurisdictionSummary;
  year: number;
  body: string;
  scope: ReportScope;
  /** Failed sum checks (error issues), their messages; at most a few. */
  failedChecks: Label[];
  errorCount: number;
  /** Residents in the population year nearest the report's year, when known. */
  population: number | null;
  figures: Record<string, FigureCell>;
}

/** Why a value deserves a second look: shown as a mark with the reason on hover and focus. */
export interface ValueFlag {
  kind: 'narrative' | 'inferred' | 'checks-failed' | 'agency';
  /** Plain-words reason, zh/en. */
  reason: Label;
}

/** One bar / one point / one stacked row: a report's value for the measure. */
export interface SeriesRow {
  reportId: number;
  slug: string;
  /** The jurisdiction's name and the reporting body, as stored. */
  name: string;
  body: string;
  /** The label drawn: the jurisdiction's name, the body for single-office reports. */
  label: Label;
  year: number;
  scope: ReportScope;
  /** null: missing (drawn as missing, never as 0). */
  value: number | null;
  /** Composition parts (stacked charts), in the composition's order; null where missing. */
  parts?: (number | null)[];
  /** The inputs as stored, for the data table and downloads: key → value. */
  inputs: Record<string, number | null>;
  /** Provenance of each input: key → table / narrative / inferred / missing. */
  provenance: Record<string, ProvenanceKind | 'missing'>;
  flags: ValueFlag[];
  highlighted: boolean;
}

export type MeasureUnit = 'count' | 'ratio' | 'per10k';

export interface MeasureInfo {
  /** The URL value (figure key or rate id). */
  id: string;
  label: Label;
  unit: MeasureUnit;
  definition: Label | null;
  denominatorLabel: Label | null;
}

/** A part of the view the data could not serve (stale links): shown as a message, never an error page. */
export type DataNotice =
  | { kind: 'unknown-jurisdiction'; slugs: string[] }
  | { kind: 'empty-province'; province: string }
  | { kind: 'no-data-year'; requested: string; shown: number | null }
  | { kind: 'bar-range'; requested: string; shown: number }
  | { kind: 'per10k-not-count' }
  | { kind: 'no-population'; names: string[] }
  | { kind: 'too-many-to-show'; count: number }
  | { kind: 'no-reports' };
