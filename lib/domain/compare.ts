// Rows the comparison queries return (lib/db/queries), which lib/compare turns into what the
// charts and tables draw. Plain serialisable data.

import type { Label } from '@/lib/figures/keys';
import type { JurisdictionSummary, ProvenanceKind, ReportScope } from './report';

/** A jurisdiction a view names, with its row id for the next query. */
export interface ResolvedJurisdiction extends JurisdictionSummary {
  id: number;
}

/** The jurisdictions a compare view names. */
export interface NamedJurisdictions {
  /** Picked jurisdictions, in the order of the view's slugs. */
  picked: ResolvedJurisdiction[];
  unknownSlugs: string[];
  /** Members of the view's province (null without a province in the view). */
  provinceMembers: ResolvedJurisdiction[] | null;
}

export interface YearCount {
  year: number;
  reports: number;
}

/** One stored figure as a comparison needs it. */
export interface FigureCell {
  /** null: blank, "/" or similar in the report (never 0). */
  value: number | null;
  provenance: ProvenanceKind;
  /** As printed (a cell, or the sentence fragment for narrative figures). */
  raw: string | null;
  /** For inferred figures: the sum relation it follows from (lib/figures/checks.ts id). */
  basis: string | null;
}

/** A failed check of a report as a comparison needs it: a mark belongs to the figures it names. */
export interface FailedCheckRef {
  message: Label;
  /** The figure keys of the failed relation (both sides). */
  keys: string[];
}

/** One chosen report with the figures a view asked for. */
export interface ReportFigures {
  reportId: number;
  jurisdiction: JurisdictionSummary;
  year: number;
  body: string;
  scope: ReportScope;
  /** The national format it is in (2019, 2021, legacy): tells a figure not read from one not in the format. */
  format: string;
  /** Failed sum checks (error issues): the message and the figure keys of the relation. */
  failedChecks: FailedCheckRef[];
  errorCount: number;
  /** Residents in the population year nearest the report's year, when known. */
  population: number | null;
  figures: Record<string, FigureCell>;
}

export interface ProvinceOption {
  name: string;
  /** Jurisdictions of the province with reports. */
  jurisdictions: number;
}

export interface HomeJurisdiction extends JurisdictionSummary {
  /** Years with reports, newest first, and whether a year has only single-office reports. */
  years: { year: number; agencyOnly: boolean }[];
}

export interface HomeProvince {
  /** null: jurisdictions without a province (e.g. national bodies). */
  province: string | null;
  jurisdictionCount: number;
  reportCount: number;
  /** The first few jurisdictions: higher levels first, then by name. */
  jurisdictions: HomeJurisdiction[];
}
