// What a report's quality panel receives (lib/tables/quality-panel.ts makes it on the server):
// strings in one language. Types only, so the client panel may import it.

import type { CheckId, CheckStatus } from '@/lib/domain';

export interface QualityPanelView {
  /** "4/5 项通过"; then the failed checks named, and how many cannot be decided. */
  summary: string;
  failed?: string;
  unknown?: string;
  checks: {
    id: CheckId;
    status: CheckStatus;
    statusText: string;
    title: string;
    explanation: string;
    details: string[];
  }[];
  /** The previous year's report the checks compared with. */
  previous?: { href: string; text: string };
}
