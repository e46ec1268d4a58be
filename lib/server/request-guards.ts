import type http from 'node:http';
import { CLIENT_IP_HEADER } from '@/lib/auth/client-ip';
import { isSameSiteOrigin } from '@/lib/security/origin';

/**
 * The client's address for throttling and the audit log, from the socket, or from the last hop a
 * trusted reverse proxy appended when TRUST_PROXY is set. Whatever the client sent is replaced.
 */
export function stampClientIp(req: http.IncomingMessage) {
  let ip = req.socket.remoteAddress ?? 'unknown';
  if (process.env.TRUST_PROXY === '1') {
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
    ip = hops[hops.length - 1] ?? ip;
  }
  req.headers[CLIENT_IP_HEADER] = ip.replace(/^::ffff:/, '');
}

// Uploads get room for a 10 MB image plus multipart overhead; everything else (forms, server
// actions, JSON) is small, and refusing big bodies before Next reads them keeps memory bounded.
const UPLOAD_PATH = '/api/media';
const MAX_UPLOAD_BYTES = 11 * 1024 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;

/** Answers 411/413 for bodies we will not read; returns true when the request was refused. */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  const limit = (req.url ?? '').startsWith(UPLOAD_PATH) ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
  const declared = req.headers['content-length'];
  const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''));
  let status = 0;
  if (declared === undefined && chunked) status = 411;
  else if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > limit)) status = 413;
  if (!status) return false;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', 'x-content-type-options': 'nosniff' });
  res.end(
    status === 413
      ? `The request is too large (limit ${Math.round(limit / 1024 / 1024)} MB).`
      : 'A Content-Length header is required for request bodies.',
  );
  // A client still sending would see a reset instead of our answer if we closed now. Bodies of a
  // plausible size are read and thrown away so the 413 arrives cleanly; absurd ones are cut off.
  if (status === 413 && Number(declared) <= 64 * 1024 * 1024) req.resume();
  else res.on('finish', () => req.socket.destroy());
  return true;
}

/** HTTPS either terminates here (SITE_URL is https) or at a trusted proxy that says so. */
export function servedOverHttps(req: http.IncomingMessage): boolean {
  if (process.env.TRUST_PROXY === '1') return String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
  return (process.env.SITE_URL ?? '').startsWith('https://');
}

/**
 * Page POSTs are server actions (fetch or a plain HTML form). One sent from another site is refused
 * here with 403 before Next sees it; Next would refuse it too, but as a 500 that looks like our
 * fault. API routes check Origin themselves (and also refuse a missing one).
 */
export function refuseCrossSitePagePost(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'POST' || (req.url ?? '').startsWith('/api/')) return false;
  const origin = req.headers.origin;
  if (origin === undefined || isSameSiteOrigin(origin, req.headers.host ?? null)) return false;
  res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', connection: 'close' });
  res.end('Cross-site request refused.');
  res.on('finish', () => req.socket.destroy());
  return true;
}
