// The sign-in state of the /ingest page, read in a server component from the request's cookies.

import 'server-only';
import { cookies } from 'next/headers';
import { SESSION_COOKIE, verifySession } from './session';
import { configuredToken } from './token';

export type IngestAccess = 'disabled' | 'signed-out' | 'signed-in';

export async function ingestAccess(): Promise<IngestAccess> {
  const token = configuredToken();
  if (!token) return 'disabled';
  const jar = await cookies();
  return verifySession(jar.get(SESSION_COOKIE)?.value, token) ? 'signed-in' : 'signed-out';
}
