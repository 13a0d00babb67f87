// POST /api/ingest/save — the /ingest page saves one reviewed file: multipart with the file again
// and the officer's `corrections` (JSON: body, year, scope). See lib/http/ingest/save-upload.ts.

import { authorizeSession } from '@/lib/auth/guard';
import { saveUpload } from '@/lib/http/ingest/save-upload';
import { uploadRoute } from '@/lib/http/ingest/upload-route';

export const POST = uploadRoute(authorizeSession, saveUpload);
