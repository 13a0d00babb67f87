// What a data download carries beside its rows: the version of the data it was cut from and the
// original addresses of the reports it reads.

/** The data version (lib/db/data-version.ts) and when it last changed. */
export interface DataStamp {
  version: number;
  /** ISO 8601 time of the last change. */
  changedAt: string;
}

/** One source of a report: the file it was read from and where it was found (原文). */
export interface ReportSourceRef {
  reportId: number;
  fileName: string;
  /** The article page the report was found on; null for an upload. */
  pageUrl: string | null;
  /** The document's own address (the page, or an attachment's); null for an upload. */
  documentUrl: string | null;
  /** Whether the report's figures are read from this source. */
  shown: boolean;
}
