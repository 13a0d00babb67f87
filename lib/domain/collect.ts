// Collection's shapes shared by the API and the /ingest page: a dry run's answer per address, and
// the progress of queued addresses.

export type CollectState = 'queued' | 'fetching' | 'done' | 'failed' | 'robots' | 'not_report' | 'gone';

export interface DryRunReport {
  url: string;
  title: string;
  year: number | null;
  /** html | pdf | doc | docx | wps; xls, xlsx, zip, ofd… are shown but not collected */
  type: string;
}

export interface DryRunEntry {
  url: string;
  /** The address cannot be collected: refused, unreachable, an HTTP error. */
  error: { code: string; message: string } | null;
  /** allowed; forbidden (this address); site_forbidden (robots.txt forbids the whole site); unavailable (robots.txt answered 5xx). */
  robots: 'allowed' | 'forbidden' | 'site_forbidden' | 'unavailable' | null;
  kind: 'column' | 'article' | 'document' | null;
  title: string;
  /** Pages of the column known from the pages the preview read (this one included); 0 for an article or document. */
  pages: number;
  /** Pages of the column the preview read (at most 10; collecting reads them all). */
  pagesRead: number;
  reports: DryRunReport[];
  /** Lists the column's scripts load that the preview could not follow, each with why. */
  unreadLists: string[];
}

export interface SeedProgress {
  id: number;
  url: string;
  states: Partial<Record<CollectState, number>>;
  /** Reports the seed's documents became (new or already held). */
  reports: { id: number; name: string; year: number }[];
  problems: { url: string; state: CollectState; code: string | null; reason: string | null }[];
}
