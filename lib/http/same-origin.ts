/**
 * CSRF defence for cookie-authenticated endpoints outside server actions (which Next checks
 * itself): the browser's Origin header must name this site, either the configured public origin
 * or the host the request was addressed to. A missing or opaque ("null") Origin is refused, since
 * every browser sends one on a cross-site or same-site POST made with fetch or a form.
 */
export function isSameOriginRequest(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  try {
    if (parsed.origin === new URL(siteUrl).origin) return true;
  } catch {
    // A malformed SITE_URL is refused at start-up; fall through to the Host comparison.
  }
  const host = headers.get('host');
  return host !== null && parsed.host === host.trim().toLowerCase();
}
