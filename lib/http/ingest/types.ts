// What the /ingest page and the upload routes exchange. Plain JSON; figures travel only from the
// server to the page for review, never back: saving re-reads the file the page holds.

import type { ApiIssue, FigureView, IssueView, JurisdictionRef, ReportScope } from '@/lib/domain';
import type { OcrJobView } from '@/lib/db/ocr/jobs';
import type { ReadRefusal } from '@/lib/ingest';

export type { FigureView, IssueView };

export interface ReviewMeta {
  body: string | null;
  place: string | null;
  province: string | null;
  year: number | null;
  scope: ReportScope | null;
  format: string;
  title: string | null;
  publishedOn: string | null;
}

export interface ExistingReportRef {
  id: number;
  body: string;
  year: number;
  jurisdiction: JurisdictionRef;
}

interface ReviewBase {
  fileName: string;
  size: number;
  /** sha256 hex of the bytes. */
  contentHash: string;
}

/** The answer to a preview: refused with a reason, already stored, a scan (its text is recognised
 * after saving queues it: nothing to review before), or read and ready to review. */
export type UploadReview =
  | (ReviewBase & { status: 'refused'; refusal: Omit<ReadRefusal, 'ok'> })
  | (ReviewBase & { status: 'scan'; fileType: 'pdf' | 'image' | 'docx' })
  | (ReviewBase & { status: 'duplicate'; existing: ExistingReportRef })
  | (ReviewBase & {
      status: 'ready';
      fileType: string;
      encoding: string | null;
      meta: ReviewMeta;
      figures: FigureView[];
      issues: IssueView[];
    });

/** Meta fields an officer may correct before saving (applied and recorded by the platform's save). */
export type { MetaCorrections } from '@/lib/db/ingest/prepare';

interface SavedRef {
  id: number;
  jurisdiction: JurisdictionRef;
  year: number;
}

/** The answer to a save (and to POST /api/reports): the new report; the stored report this file is
 * another copy of (`shown`: its figures are now this file's); or the report already holding these bytes. */
export type SaveAnswer =
  | (SavedRef & { status: 'saved'; issues: ApiIssue[] })
  | (SavedRef & { status: 'merged'; shown: boolean })
  | (SavedRef & { status: 'duplicate' });

/** The answer (202) to saving a scan: recognition is queued; `job.url` answers its progress and, when done, the report. */
export interface QueuedAnswer {
  status: 'queued';
  job: { id: number; url: string };
}

/** GET /api/ocr-jobs/<id>: a queued scan's recognition, as the /ingest page follows it. */
export type OcrJobAnswer = OcrJobView & { report: string | null };
