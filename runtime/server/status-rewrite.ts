import type http from 'node:http';
import type { DbHealth } from './db-health';
import { OUTAGE_JSON, outagePage } from './outage-page';

/**
 * Status rewrites applied just before headers go out. When the database is down, a page that was
 * not in the cache fails to render; readers get "temporarily unavailable, retry shortly" (503 +
 * Retry-After) with a branded page rendered here, since Next's own error shell needs JavaScript.
 * A page that declared its status (lib/request-slot.ts) gets it instead of 200.
 */
export function mapStatus(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  health: DbHealth,
  siteName: string,
  declaredStatus: () => number | null = () => null,
) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const safeMethod = req.method === 'GET' || req.method === 'HEAD';
  let replacement: string | null = null;
  res.writeHead = function patched(this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    // Next answers permanent redirects with 308; for GET that means the same as 301, which every
    // crawler and old client understands, so readers and search engines get the classic code.
    if (statusCode === 308 && safeMethod) {
      statusCode = 301;
      this.statusCode = 301;
    }
    // Only for reads: a server action re-rendering the page answers as Next decides.
    const declared = declaredStatus();
    if (statusCode === 200 && safeMethod && declared) {
      statusCode = declared;
      this.statusCode = declared;
    }
    // Next sets Location on the response and again from the render's metadata when a page calls
    // permanentRedirect(); two Location headers are malformed (and fatal in browsers if they differ).
    const location = this.getHeader('location');
    if (Array.isArray(location) && location.length > 1) this.setHeader('location', location[0]!);
    if (statusCode >= 500 && statusCode !== 503 && !health.healthy()) {
      const api = (req.url ?? '').startsWith('/api/');
      replacement = api ? OUTAGE_JSON : outagePage(siteName);
      for (const name of this.getHeaderNames()) {
        if (!['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'content-security-policy', 'strict-transport-security'].includes(name)) {
          this.removeHeader(name);
        }
      }
      this.statusCode = 503;
      this.setHeader('Retry-After', '30');
      this.setHeader('Cache-Control', 'no-store');
      this.setHeader('Content-Type', api ? 'application/json' : 'text/html; charset=utf-8');
      this.setHeader('Content-Length', Buffer.byteLength(replacement));
      return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, 503);
    }
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  // Once replaced, whatever Next still writes (its error shell) is dropped for our page.
  res.write = function patchedWrite(this: http.ServerResponse, ...args: unknown[]) {
    if (replacement !== null) return true;
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function patchedEnd(this: http.ServerResponse, ...args: unknown[]) {
    if (replacement !== null) {
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      return (end as (...a: unknown[]) => http.ServerResponse).call(this, safeMethod && req.method === 'HEAD' ? undefined : replacement, callback);
    }
    return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.end;
}
