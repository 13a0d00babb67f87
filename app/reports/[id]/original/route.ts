// GET /reports/<id>/original[?source=<source id>]: the report's original file, byte for byte as
// ingested (the source its figures were read from, or another of its sources), with its MIME type
// and a UTF-8 file name. nosniff so a browser never runs an HTML original as a page.

import { getReportOriginal } from '@/lib/db/queries/report/get-report-original';
import { contentDisposition } from '@/lib/http/content-disposition';
import { parseReportId } from '@/lib/view-state/report-params';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseReportId((await params).id);
  const sourceParam = new URL(request.url).searchParams.get('source');
  const sourceId = sourceParam === null ? null : parseReportId(sourceParam);
  const original = id === null || (sourceParam !== null && sourceId === null) ? null : await getReportOriginal(id, sourceId);
  if (!original) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(original.bytes as unknown as BodyInit, {
    headers: {
      'Content-Type': original.mimeType,
      'Content-Disposition': contentDisposition(original.fileName),
      'Content-Length': String(original.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, max-age=3600',
    },
  });
}
