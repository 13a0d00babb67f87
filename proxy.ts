// Runs before every page and most API routes:
//   - security headers on every answer: a Content-Security-Policy with a fresh nonce per page
//     request (Next reads it from the request's CSP header and puts it on its own inline scripts;
//     every page is rendered per request because the root layout reads headers), and nosniff,
//     Referrer-Policy, Permissions-Policy, frame-ancestors;
//   - the UI language (the `lang` search parameter) and the page's address as request headers for
//     the root layout, because layouts receive neither: <html lang> must be right in the HTML, and
//     the header drawn before the live URL is known switches language to this page;
//   - a submitted /table form (every field, empty ones too) goes to its short, canonical address.
// Upload routes are left out of the matcher: Next buffers (and silently truncates at 10 MB) the
// body of every request proxy sees, and those routes stream the body against their own limit.
// They set the same headers themselves (lib/http/api-route.ts).

import { NextResponse, type NextRequest } from 'next/server';
import {
  API_CSP,
  createNonce,
  DOWNLOAD_CSP,
  DOWNLOAD_PATH,
  EMBED_HEADER,
  EMBED_PATH,
  pageCsp,
  withSecurityHeaders,
} from '@/lib/http/security-headers';
import { LANG_PARAM, parseLang } from '@/lib/i18n/lang';
import { ADDRESS_HEADER, LANG_HEADER } from '@/lib/i18n/request';
import { canonicalTableRedirect } from '@/lib/view-state/table-params';

function isHttps(request: NextRequest): boolean {
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (proto ?? request.nextUrl.protocol.replace(':', '')) === 'https';
}

/** A path such as /j/%E0%A4%A cannot be decoded; Next itself would answer 500 for it. */
function isUndecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // The proxy's headers win over a route's own, so routes that are not pages get their policy here.
  const { pathname } = request.nextUrl;
  if (isUndecodable(pathname)) {
    const answer = withSecurityHeaders(new Headers({ 'Content-Type': 'text/plain; charset=utf-8' }), API_CSP);
    return new NextResponse('400 Bad Request: the address contains an invalid %-escape.\n地址含有无效的百分号编码。\n', {
      status: 400,
      headers: answer,
    });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next({ headers: withSecurityHeaders(new Headers(), API_CSP) });
  if (DOWNLOAD_PATH.test(pathname)) return NextResponse.next({ headers: withSecurityHeaders(new Headers(), DOWNLOAD_CSP) });
  // A submitted /table form carries every field: send it to the short address before rendering
  // (redirect() in a streamed page becomes a client-side navigation that can cut the next one short).
  const canonical = pathname === '/table' ? canonicalTableRedirect(request.nextUrl.searchParams) : null;
  // Next wants an absolute Location here and sends it relative again (same origin): no host leaks.
  if (canonical)
    return NextResponse.redirect(new URL(canonical, request.url), { status: 307, headers: withSecurityHeaders(new Headers(), API_CSP) });
  const nonce = createNonce();
  const embed = EMBED_PATH.test(pathname);
  const csp = pageCsp({ nonce, dev: process.env.NODE_ENV === 'development', https: isHttps(request), embed });
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  headers.set(LANG_HEADER, parseLang(request.nextUrl.searchParams.get(LANG_PARAM)));
  headers.set(ADDRESS_HEADER, `${pathname}${request.nextUrl.search}`);
  // The root layout draws an embedded chart without the site's header and footer.
  if (embed) headers.set(EMBED_HEADER, '1');
  else headers.delete(EMBED_HEADER);
  const response = NextResponse.next({ request: { headers } });
  withSecurityHeaders(response.headers, csp, { embed });
  return response;
}

export const config = {
  matcher: [
    // Everything but build assets, public files, POST /api/reports's path and the ingest upload routes.
    '/((?!_next/static|_next/image|favicon\\.ico|api/reports$|api/ingest/|.*\\.(?:png|svg|ico|txt|woff2?|ttf|otf)$).*)',
  ],
};
