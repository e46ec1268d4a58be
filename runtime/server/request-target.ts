import type http from 'node:http';
import { NOT_FOUND_PATH } from '@/lib/routing/public-urls';

/** Methods the app answers; anything else (TRACE, CONNECT, WebDAV…) made Next throw, a 500. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ALLOWED_METHODS = [...METHODS].join(', ');

type RequestTarget =
  | { ok: true; pathname: string }
  | { ok: false; status: 400 | 405; message: string; headers?: Record<string, string> };

function decodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the request's URL into the one form Next will route, before any guard looks at it, and
 * rewrites req.url to it, so the guards, the front cache and Next all see the same path. Guards
 * used to read the raw URL: "POST /api/../dashboard/…" looked like an API call to the cross-site
 * check (Next then routes it to /dashboard/…), and "/api/mediax/../../…" looked like an upload.
 *
 * Next resolves a path by `new URL('http://n' + url)` (parseRelativeUrl): dot segments (also
 * %2e), backslashes as slashes. The same is done here. Targets Next cannot parse at all ("*",
 * undecodable escapes like "%ff") used to be 500s: they get a 400, or for a page the styled 404.
 */
export function normaliseRequestTarget(req: http.IncomingMessage): RequestTarget {
  const method = req.method ?? 'GET';
  if (!METHODS.has(method)) return { ok: false, status: 405, message: 'This method is not supported.', headers: { allow: ALLOWED_METHODS } };
  const raw = req.url ?? '';
  let url: URL;
  try {
    if (raw.startsWith('/')) url = new URL(`http://n${raw}`);
    else if (/^https?:\/\//i.test(raw)) url = new URL(raw);
    else return { ok: false, status: 400, message: 'Bad request: the address must be a path such as /latest.' };
  } catch {
    return { ok: false, status: 400, message: 'Bad request: the address could not be read.' };
  }
  let pathname = url.pathname;
  if (!decodable(pathname)) {
    // Readers following a broken link get the site's own 404 page; anything else a plain 400.
    if ((method !== 'GET' && method !== 'HEAD') || pathname.startsWith('/api/')) {
      return { ok: false, status: 400, message: 'Bad request: the address contains an invalid %-escape.' };
    }
    pathname = NOT_FOUND_PATH;
    url = new URL(`http://n${NOT_FOUND_PATH}`);
  }
  req.url = `${pathname}${url.search}`;
  return { ok: true, pathname };
}

/** Answers a refused target; the connection is closed, as a body (if any) will not be read. */
export function refuseTarget(res: http.ServerResponse, refusal: Extract<RequestTarget, { ok: false }>): void {
  res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', connection: 'close', ...refusal.headers });
  res.end(refusal.message);
}
