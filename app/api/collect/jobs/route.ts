// POST /api/collect/jobs — { urls } → queued in the collection frontier (the collector worker of
// `npm start` fetches them politely): 202 { seeds: [ids] }.
// GET /api/collect/jobs?seeds=1,2 — their progress: addresses by state, reports, problems with reasons.
// Ingest session only.
import { authorizeSession, disabledResponse, unauthorized } from '@/lib/auth/guard';
import { readCookie, SESSION_COOKIE, verifySession } from '@/lib/auth/session';
import { configuredToken } from '@/lib/auth/token';
import { privateRoute } from '@/lib/http/api-route';
import { parseSeedIds, progressOf, queueAddresses, readAddresses } from '@/lib/http/collect/collect-routes';
import { jsonError } from '@/lib/http/errors';

export const POST = privateRoute(async (request) => {
  const denied = authorizeSession(request);
  if (denied) return denied;
  const given = await readAddresses(request);
  if (!given.ok) return given.response;
  const seeds = await queueAddresses(given.urls);
  return Response.json({ seeds }, { status: 202, headers: { 'Cache-Control': 'no-store' } });
});

export const GET = privateRoute(async (request) => {
  // Reading progress is not a write: the session alone, no write rate limit (the page polls).
  const token = configuredToken();
  if (!token) return disabledResponse();
  if (!verifySession(readCookie(request, SESSION_COOKIE), token)) return unauthorized();
  const seeds = parseSeedIds(request);
  if (!seeds) return jsonError(400, 'bad_parameter', 'query parameter "seeds": a comma-separated list of job ids', { param: 'seeds' });
  return Response.json({ seeds: await progressOf(seeds) }, { headers: { 'Cache-Control': 'no-store' } });
});
