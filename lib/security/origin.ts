import { env } from '@/lib/env';

/**
 * Cross-site request defence: a state-changing request must come from a page of this site. The
 * browser sets Origin on every cross-site POST and the attacker cannot change it, so comparing it
 * with the Host the request was sent to (or the site's public URL, SITE_URL) is enough.
 */
export function isSameSiteOrigin(origin: string | null, host: string | null, siteUrl: string | undefined = env().siteUrl): boolean {
  if (!origin) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  try {
    return siteUrl ? parsed.origin === new URL(siteUrl).origin : false;
  } catch {
    return false;
  }
}

/** For mutating route handlers: refuse a missing or foreign Origin. Null means the request may proceed. */
export function refuseCrossSite(request: Request): Response | null {
  if (isSameSiteOrigin(request.headers.get('origin'), request.headers.get('host'))) return null;
  return Response.json({ error: 'Cross-site request refused.' }, { status: 403 });
}
