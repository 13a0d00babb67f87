// Passes the UI language (the `lang` search parameter) to the root layout as a request header,
// because layouts do not receive search parameters and <html lang> must be right in the server HTML.

import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER } from '@/lib/i18n/request';
import { LANG_PARAM, parseLang } from '@/lib/i18n/lang';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, parseLang(request.nextUrl.searchParams.get(LANG_PARAM)));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not static assets, images or API routes.
  matcher: ['/((?!_next/|api/|favicon.ico|.*\\.(?:png|svg|ico|txt|woff2?|ttf|otf)$).*)'],
};
