// An uploaded file from a request body, in either of the two forms the API takes:
//   - multipart/form-data with a `file` field (curl -F file=@report.pdf), other fields kept as text;
//   - the raw bytes as the body, the name in `X-File-Name` (percent-encoded for non-ASCII names)
//     or `?name=`.
// The body is read with the size limit (body-limit.ts); multipart is parsed from those bytes.

import { BodyTooLargeError, readBodyLimited } from './body-limit';

/** Room for a multipart envelope (boundaries, headers, a `corrections` field) around the file. */
const MULTIPART_ALLOWANCE = 64 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  /** Text fields sent along in a multipart body (e.g. `corrections`). */
  fields: Record<string, string>;
}

export class UploadFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadFormError';
  }
}

const MAX_NAME_LENGTH = 255;

/** A file name safe to store and show: no path, no control characters, bounded length. */
export function cleanFileName(raw: string | null | undefined, fallback = 'upload'): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: take it as it is.
  }
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (name || fallback).slice(0, MAX_NAME_LENGTH);
}

export async function readUpload(request: Request, limit: number): Promise<UploadedFile> {
  const contentType = request.headers.get('content-type') ?? '';
  const multipart = contentType.toLowerCase().startsWith('multipart/form-data');
  // The limit is on the file: a multipart body may be a little larger than the file it carries.
  const bytes = await readBodyLimited(request, multipart ? limit + MULTIPART_ALLOWANCE : limit).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new BodyTooLargeError(limit) : error;
  });
  if (!multipart) {
    const url = new URL(request.url);
    const name = cleanFileName(request.headers.get('x-file-name') ?? url.searchParams.get('name'));
    return { name, bytes, fields: {} };
  }
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new UploadFormError('the multipart body could not be read');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new UploadFormError('the multipart body has no `file` field holding a file');
  if (file.size > limit) throw new BodyTooLargeError(limit);
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  const name = cleanFileName('name' in file ? (file as File).name : null);
  return { name, bytes: new Uint8Array(await file.arrayBuffer()), fields };
}
