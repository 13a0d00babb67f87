// POST /api/ingest/save — the /ingest page saves one reviewed file: multipart with the file again
// and the officer's `corrections` (JSON: body, year, scope). See lib/http/ingest/save-upload.ts.

import { authorizeSession } from '@/lib/auth/guard';
import { privateRoute } from '@/lib/http/api-route';
import { maxUploadBytes } from '@/lib/http/body-limit';
import { saveUpload } from '@/lib/http/ingest/save-upload';
import { readUpload } from '@/lib/http/upload';
import { uploadErrorResponse } from '@/lib/http/upload-errors';

export const POST = privateRoute(async (request) => {
  const denied = authorizeSession(request);
  if (denied) return denied;
  const upload = await readUpload(request, maxUploadBytes()).catch(uploadErrorResponse);
  return upload instanceof Response ? upload : saveUpload(upload);
});
