// Upload failures as API answers: over the size limit (413, nothing read past it), a malformed
// multipart body (400). Anything else is rethrown for the route frame's 500.

import { BodyTooLargeError, formatBytes } from './body-limit';
import { jsonError } from './errors';
import { UploadFormError } from './upload';

export function uploadErrorResponse(error: unknown): Response {
  if (error instanceof BodyTooLargeError) {
    return jsonError(413, 'too_large', `the file is over the upload limit of ${formatBytes(error.limit)} (MAX_UPLOAD_BYTES)`, {
      limitBytes: error.limit,
    });
  }
  if (error instanceof UploadFormError) return jsonError(400, 'bad_request', error.message);
  throw error;
}
