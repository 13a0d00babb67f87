// The data version and the time it last changed: what a citation and a download name as the state
// of the data they were cut from.

import 'server-only';
import { db } from '@/lib/db/client';
import type { DataStamp } from '@/lib/domain';

export async function getDataStamp(): Promise<DataStamp> {
  const row = await db.dataVersion.findFirstOrThrow({ select: { version: true, changedAt: true } });
  return { version: Number(row.version), changedAt: row.changedAt.toISOString() };
}
