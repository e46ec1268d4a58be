import type http from 'node:http';
import { CLIENT_IP_HEADER } from '@/features/auth/client-ip';
import { env } from '@/lib/env';
import { isSameSiteOrigin } from '@/lib/security/origin';

/**
 * The client's address for throttling and the audit log, from the socket, or from the last hop a
 * trusted reverse proxy appended when TRUST_PROXY is set. Whatever the client sent is replaced.
 */
export function stampClientIp(req: http.IncomingMessage) {
  let ip = req.socket.remoteAddress ?? 'unknown';
  if (env().trustProxy) {
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
    ip = hops[hops.length - 1] ?? ip;
  }
  req.headers[CLIENT_IP_HEADER] = ip.replace(/^::ffff:/, '');
}

// Everything but uploads (forms, server actions, JSON) is small; refusing big bodies before Next
// reads them keeps memory bounded. The upload route enforces its own 10 MB limit while it streams
// (also for chunked bodies), so here it only meets absurd declared sizes. Guards take the path
// normaliseRequestTarget (request-target.ts) resolved, never the raw URL, and match it exactly:
// "/api/mediax" is not the upload route.
const UPLOAD_PATH = '/api/media';
const MAX_BODY_BYTES = 1024 * 1024;
const DRAIN_LIMIT = 64 * 1024 * 1024;

/** Answers 411/413 for bodies we will not read; returns true when the request was refused. */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  const upload = pathname === UPLOAD_PATH;
  const limit = upload ? DRAIN_LIMIT : MAX_BODY_BYTES;
  const declared = req.headers['content-length'];
  const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''));
  let status = 0;
  if (declared === undefined && chunked && !upload) status = 411;
  else if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > limit)) status = 413;
  if (!status) return false;
  const message =
    status === 413
      ? upload
        ? 'Images can be at most 10 MB.'
        : `The request is too large (limit ${Math.round(limit / 1024 / 1024)} MB).`
      : 'A Content-Length header is required for request bodies.';
  // A client still sending would see a reset instead of our answer if we closed now. Bodies of a
  // plausible size are read and thrown away so the answer arrives cleanly; absurd ones are cut off.
  const drain = status === 413 && Number(declared) <= DRAIN_LIMIT;
  const json = pathname.startsWith('/api/');
  res.writeHead(status, {
    'content-type': json ? 'application/json' : 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    ...(drain ? {} : { connection: 'close' }),
  });
  res.end(json ? JSON.stringify({ error: message }) : message);
  if (drain) req.resume();
  else res.on('finish', () => req.socket.destroy());
  return true;
}

/** HTTPS either terminates here (SITE_URL is https) or at a trusted proxy that says so. */
export function servedOverHttps(req: http.IncomingMessage): boolean {
  if (env().trustProxy) return String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
  return env().siteUrl.startsWith('https://');
}

/**
 * Page POSTs are server actions (fetch or a plain HTML form). One sent from another site is refused
 * here with 403 before Next sees it; Next would refuse it too, but as a 500 that looks like our
 * fault. API routes check Origin themselves (and also refuse a missing one).
 */
export function refuseCrossSitePagePost(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  if (req.method !== 'POST' || pathname.startsWith('/api/')) return false;
  const origin = req.headers.origin;
  if (origin === undefined || isSameSiteOrigin(origin, req.headers.host ?? null)) return false;
  res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end('Cross-site request refused.');
  // Bodies here are at most 1 MB (refuseOversizedBody runs first): read and drop the rest, so the
  // sender gets the 403 instead of a reset connection.
  req.resume();
  return true;
}

/**
 * No page uses next/image, so its optimizer is off (next.config.ts) and its route is answered here
 * without reaching Next: it was anonymous, uncached image work (~130 ms a request) for anyone.
 */
export function refuseImageOptimizer(res: http.ServerResponse, pathname: string): boolean {
  if (pathname !== '/_next/image') return false;
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=86400' });
  res.end('Not found.');
  return true;
}

/**
 * Headers Next uses between its own internal hops. A client sending them could steer routing
 * (the x-middleware-subrequest bypass, CVE-2025-29927) or get odd empty answers; they are never
 * legitimate from outside, so they are removed before Next sees the request.
 */
export function stripInternalHeaders(req: http.IncomingMessage): void {
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith('x-middleware-') || name.startsWith('x-invoke-') || name === 'x-nextjs-data' || name === 'x-matched-path') {
      delete req.headers[name];
    }
  }
}
