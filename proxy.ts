import { NextResponse, type NextRequest } from 'next/server';
import { decidePublicUrl } from '@/lib/routing/public-urls';

/**
 * Canonical public URLs: lower case, ?page=N served from its own cached route, garbage slugs to
 * one 404. Authentication is not decided here; pages and actions check the session themselves.
 */
export function proxy(request: NextRequest) {
  const decision = decidePublicUrl(request.nextUrl.pathname, request.nextUrl.searchParams);
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
  // Public pages only: assets, media, API routes, crawler files and the newsroom skip this.
  matcher: ['/((?!_next/|api/|media/|dashboard|login|favicon|robots\\.txt|sitemap|feed|.*\\.[a-z0-9]+$).*)'],
};
