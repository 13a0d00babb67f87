// GET /api/ocr-pages/<content hash>/<page> — the straightened image (JPEG) of a scan's page, which
// the boxes of figures read from it (figure.ocr) refer to. Immutable for its hash.

import { pool } from '@/lib/db/client';
import { getPageImage } from '@/lib/db/ocr/jobs';
import { publicRoute } from '@/lib/http/api-route';
import { jsonError } from '@/lib/http/errors';

type Context = { params: Promise<{ hash: string; page: string }> };

export const GET = publicRoute<Context>(async (_request, { params }) => {
  const { hash, page } = await params;
  if (!/^[0-9a-f]{64}$/.test(hash)) return jsonError(400, 'bad_parameter', 'the content hash is 64 hex digits', { param: 'hash' });
  if (!/^[1-9]\d{0,4}$/.test(page))
    return jsonError(400, 'bad_parameter', `page "${page.slice(0, 20)}" is not a page number`, { param: 'page' });
  const image = await getPageImage(pool, hash, Number(page));
  if (!image) return jsonError(404, 'not_found', `no page ${page} of a scan with that hash`);
  return new Response(new Uint8Array(image), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
});
