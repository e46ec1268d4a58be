import http from 'node:http';
import type { Socket } from 'node:net';
import next from 'next';
import { CLIENT_IP_HEADER } from '@/lib/auth/client-ip';
import type { DbHealth } from './db-health';

export type RunningServer = { url: string; shutdown: (reason: string) => Promise<void> };

/**
 * Status rewrites applied just before headers go out. When the database is down, a page that was
 * not in the cache fails to render; readers should get "temporarily unavailable, retry shortly"
 * (503 + Retry-After) rather than a server error.
 */
function mapStatus(req: http.IncomingMessage, res: http.ServerResponse, health: DbHealth) {
  const writeHead = res.writeHead;
  const safeMethod = req.method === 'GET' || req.method === 'HEAD';
  res.writeHead = function patched(this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    // Next answers permanent redirects with 308; for GET that means the same as 301, which every
    // crawler and old client understands, so readers and search engines get the classic code.
    if (statusCode === 308 && safeMethod) {
      statusCode = 301;
      this.statusCode = 301;
    }
    // A freshly rendered ISR redirect (redirect()/permanentRedirect() in a cached page) carries its
    // Location header twice; HTTP allows one, and fetch() would read the pair as "a, a".
    const location = this.getHeader('location');
    if (Array.isArray(location) && location.length > 1 && new Set(location).size === 1) this.setHeader('location', location[0]!);
    if (statusCode >= 500 && statusCode !== 503 && !health.healthy()) {
      statusCode = 503;
      this.statusCode = 503;
      this.setHeader('Retry-After', '30');
      this.setHeader('Cache-Control', 'no-store');
    }
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
}

/**
 * The client's address for throttling and the audit log, from the socket, or from the last hop a
 * trusted reverse proxy appended when TRUST_PROXY is set. Whatever the client sent is replaced.
 */
function stampClientIp(req: http.IncomingMessage) {
  let ip = req.socket.remoteAddress ?? 'unknown';
  if (process.env.TRUST_PROXY === '1') {
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
    ip = hops[hops.length - 1] ?? ip;
  }
  req.headers[CLIENT_IP_HEADER] = ip.replace(/^::ffff:/, '');
}

export async function startHttpServer(options: {
  port: number;
  host: string;
  health: DbHealth;
  onShutdown: () => Promise<void>;
}): Promise<RunningServer> {
  // Next compares proxy rewrites against http://<hostname>:<port>; it must be the same name the
  // proxy sees in request.nextUrl ("localhost"), or an internal rewrite becomes an HTTP round trip.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const sockets = new Set<Socket>();
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | null = null;

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    if (draining) res.setHeader('Connection', 'close');
    stampClientIp(req);
    mapStatus(req, res, options.health);
    handle(req, res).catch((error: unknown) => {
      console.error('[http] unhandled error', error);
      if (!res.headersSent) {
        res.statusCode = options.health.healthy() ? 500 : 503;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
      }
      res.end('Something went wrong on our side. Please try again in a moment.');
    });
  });
  // Keep-alive sockets from load balancers outlive requests; idle ones are closed on shutdown.
  server.keepAliveTimeout = 65_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });

  let shuttingDown: Promise<void> | null = null;
  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      console.log(`[http] ${reason}: finishing ${inFlight} in-flight request(s), accepting no new ones`);
      draining = true;
      server.close();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => {
        if (inFlight === 0) return resolve();
        drained = resolve;
        // In-flight work gets 8 s; the whole shutdown must fit in the 10 s orchestrators allow.
        setTimeout(resolve, 8000).unref();
      });
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await app.close().catch(() => undefined);
      await options.onShutdown();
    })();
    return shuttingDown;
  };

  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return { url: `http://${shownHost}:${options.port}`, shutdown };
}
