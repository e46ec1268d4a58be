import { NextResponse, type NextRequest } from 'next/server';
import { decidePublicUrl } from '@/lib/routing/public-urls';
import { dashboardCsp } from '@/lib/security/csp';

// Mirrors REQUEST_PATH_HEADER in features/auth/session.ts (which is server-only, so not imported here).
const REQUEST_PATH_HEADER = 'x-northgate-path';

function isNewsroom(pathname: string): boolean {
  return pathname === '/dashboard' || pathname.startsWith('/dashboard/') || pathname === '/login';
}

/**
 * Newsroom pages (dashboard, login) get a per-request CSP nonce and record the requested path so
 * sign-in can return there; authentication itself is decided by pages and actions, never here.
 * Public pages get canonical URLs: lower case, ?page=N served from its own cached route, garbage
 * slugs to one 404.
 */
export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (isNewsroom(pathname)) {
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const csp = dashboardCsp(nonce);
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
    headers.set('x-nonce', nonce);
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    headers.set('content-security-policy', csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('content-security-policy', csp);
    return response;
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
  // Pages only: assets, media, API routes and crawler files skip this.
  matcher: ['/((?!_next/|api/|media/|favicon|robots\\.txt|sitemap|feed|.*\\.[a-z0-9]+$).*)'],
};
