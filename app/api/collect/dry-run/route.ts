// POST /api/collect/dry-run — { urls } → what collecting them would do (robots.txt, page kind,
// the reports each leads to, with years and document types); nothing is stored. Ingest session only.
import { authorizeSession } from '@/lib/auth/guard';
import { privateRoute } from '@/lib/http/api-route';
import { dryRunAddresses, readAddresses } from '@/lib/http/collect/collect-routes';

export const POST = privateRoute(async (request) => {
  const denied = authorizeSession(request);
  if (denied) return denied;
  const given = await readAddresses(request);
  if (!given.ok) return given.response;
  return Response.json({ entries: await dryRunAddresses(given.urls) }, { headers: { 'Cache-Control': 'no-store' } });
});
