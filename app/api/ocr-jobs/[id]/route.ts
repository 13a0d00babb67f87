// GET /api/ocr-jobs/<id> — a queued scan's recognition: status (queued | running | done | failed),
// pages done of total, and when done the report it became (`report`: its API address).

import { pool } from '@/lib/db/client';
import { getOcrJob } from '@/lib/db/ocr/jobs';
import { publicRoute } from '@/lib/http/api-route';
import { jsonError } from '@/lib/http/errors';

type Context = { params: Promise<{ id: string }> };

export const GET = publicRoute<Context>(async (_request, { params }) => {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1)
    return jsonError(400, 'bad_parameter', `job id "${id.slice(0, 40)}" is not a positive whole number`, { param: 'id' });
  const job = await getOcrJob(pool, Number(id));
  if (!job) return jsonError(404, 'not_found', `no OCR job with id ${id}`);
  return Response.json(
    { ...job, report: job.reportId ? `/api/reports/${job.reportId}` : null },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
