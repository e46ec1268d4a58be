import { NextResponse, type NextRequest } from 'next/server';
import { decidePublicUrl } from '@/lib/routing/public-urls';

// Mirrors REQUEST_PATH_HEADER in lib/auth/session.ts (which is server-only, so not imported here).
const REQUEST_PATH_HEADER = 'x-northgate-path';

/**
 * Canonical public URLs: lower case, ?page=N served from its own cached route, garbage slugs to
 * one 404. For the newsroom it only records the requested path, so sign-in can return there;
 * authentication is decided by the pages and actions themselves, never here.
 */
export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname === '/dashboard' || pathname.startsWith('/dashboard/')) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers } });
  }
  const decision = decidePublicUrl(pathname, searchParams);
  if (decision.type === 'redirect') {
    return NextResponse.redirect(new URL(decision.location, request.url), 301);
  }
  if (decision.type === 'rewrite') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    url.search = '';
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = {
  // Pages only: assets, media, API routes, crawler files and the login page skip this.
  matcher: ['/((?!_next/|api/|media/|login|favicon|robots\\.txt|sitemap|feed|.*\\.[a-z0-9]+$).*)'],
};
