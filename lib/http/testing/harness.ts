// Route handlers called directly against a throwaway PostgreSQL (lib/db/testing): the database
// starts first and DATABASE_URL is set before the routes (and so lib/db/client) are imported.

import { startTestDatabase, type TestDatabase } from '@/lib/db/testing';

export const TEST_TOKEN = 'test-ingest-token-0123456789';
export const ORIGIN = 'http://localhost:3000';

export interface Harness {
  database: TestDatabase;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.INGEST_TOKEN = TEST_TOKEN;
  return {
    database,
    async stop() {
      const { pool } = await import('@/lib/db/client');
      await pool.end();
      await database.stop();
    },
  };
}

export function get(pathAndQuery: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${pathAndQuery}`, { headers });
}

/** A multipart upload, as `curl -F file=@name` sends it. */
export function multipart(
  pathAndQuery: string,
  bytes: Uint8Array,
  name: string,
  headers: Record<string, string> = {},
  fields: Record<string, string> = {},
): Request {
  const form = new FormData();
  form.set('file', new File([bytes as BlobPart], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request(`${ORIGIN}${pathAndQuery}`, { method: 'POST', body: form, headers });
}

/** A raw-body upload with the name in X-File-Name. */
export function raw(pathAndQuery: string, body: BodyInit, name: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${pathAndQuery}`, {
    method: 'POST',
    body,
    headers: { 'x-file-name': encodeURIComponent(name), ...headers },
    duplex: 'half',
  } as RequestInit);
}

export const bearer = (token = TEST_TOKEN) => ({ authorization: `Bearer ${token}` });

/** Next hands route handlers their params as a promise. */
export const params = <T>(value: T) => ({ params: Promise.resolve(value) });
