// Coverage rows as the queries return them (lib/db/queries/coverage) and lib/coverage reads them.

/**
 * A held division-year: `passing` / `failing` / `unchecked` by the quality checks of the
 * whole-jurisdiction report that stands for the year (the report-choice rule); `agencyOnly` when
 * only single offices' reports are held.
 */
export type HeldStatus = 'passing' | 'failing' | 'unchecked' | 'agencyOnly';

export interface HeldRow {
  divisionCode: string;
  /** The jurisdiction's slug (/j/<slug>). */
  slug: string;
  year: number;
  status: HeldStatus;
}

/** Held division-years counted per province, year and status. */
export interface HeldCount {
  province: string;
  year: number;
  status: HeldStatus;
  count: number;
}
