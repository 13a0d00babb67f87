// Plain view types of one jurisdiction and its reports.

import type { ReportSummary } from '../report/types';

export interface PopulationView {
  year: number;
  population: number;
  source: string;
}

export interface JurisdictionView {
  slug: string;
  name: string;
  level: string;
  province: string | null;
  divisionCode: string | null;
  parent: { slug: string; name: string } | null;
  /** Most recent population figure, when known. */
  population: PopulationView | null;
  /** Newest year first; within a year, whole-jurisdiction reports before single offices. */
  reports: ReportSummary[];
}
