// JSON error answers of the API: one shape for every failure, `{ error: { code, message, param? } }`,
// so clients can branch on `code` and show `message`. Status codes say the class of failure.

export type ApiErrorCode =
  | 'bad_parameter' // a query parameter is unknown, malformed or out of range (400)
  | 'bad_request' // the request body or headers cannot be used (400)
  | 'unauthorized' // missing or wrong token (401, never says which)
  | 'forbidden' // cross-origin write or uploading disabled (403)
  | 'not_found' // no such resource (404)
  | 'too_large' // the body is over MAX_UPLOAD_BYTES (413)
  | 'unsupported' // the body's type cannot be handled (415)
  | 'refused' // the file was read and refused: not a report, scanned PDF, image... (422)
  | 'rate_limited' // too many requests or failed sign-ins (429, with Retry-After)
  | 'disabled' // INGEST_TOKEN is not set: writing is switched off (503)
  | 'unavailable' // the database is unreachable for now (503, with Retry-After; lib/server/listener.ts)
  | 'internal'; // a bug; details are logged, not sent (500)

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** The query parameter or field at fault, for `bad_parameter`. */
    param?: string;
    [extra: string]: unknown;
  };
}

export function jsonError(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, ...extra } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
