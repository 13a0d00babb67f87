// Pages and API routes that read stored checks first compute those still queued (a report just
// uploaded, the next year of it), a bounded number per request; `npm start` and the CLIs compute
// the bulk (lib/db/quality/refresh.ts).

import 'server-only';
import { pool } from '@/lib/db/client';
import { qualityPending, refreshQuality } from './refresh';

/** At most this many reports are checked while a request waits. */
const PER_REQUEST = 500;

export async function ensureQuality(): Promise<void> {
  if (await qualityPending(pool)) await refreshQuality(pool, { limit: PER_REQUEST });
}
