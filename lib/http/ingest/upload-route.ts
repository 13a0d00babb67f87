// The prologue the three upload routes share (preview, save, POST /api/reports): the route frame,
// authorisation (a session cookie or a bearer token), then the file read from the body within
// MAX_UPLOAD_BYTES (413 beyond it, 400 for a malformed multipart body).

import { privateRoute } from '../api-route';
import { maxUploadBytes } from '../body-limit';
import { readUpload, type UploadedFile } from '../upload';
import { uploadErrorResponse } from '../upload-errors';

export function uploadRoute(
  authorize: (request: Request) => Response | null,
  handle: (upload: UploadedFile) => Promise<Response>,
): (request: Request, context?: unknown) => Promise<Response> {
  return privateRoute(async (request) => {
    const denied = authorize(request);
    if (denied) return denied;
    const upload = await readUpload(request, maxUploadBytes()).catch(uploadErrorResponse);
    return upload instanceof Response ? upload : handle(upload);
  });
}
