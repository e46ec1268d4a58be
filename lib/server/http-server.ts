import http from 'node:http';
import type { Socket } from 'node:net';
import next from 'next';
import type { DbHealth } from './db-health';
import { refuseCrossSitePagePost, refuseImageOptimizer, refuseOversizedBody, servedOverHttps, stampClientIp, stripInternalHeaders } from './request-guards';
import { normaliseRequestTarget, refuseTarget } from './request-target';
import { createFrontCache } from './front-cache';
import { mapStatus } from './status-rewrite';

export type RunningServer = { url: string; shutdown: (reason: string) => Promise<void> };

export async function startHttpServer(options: {
  port: number;
  host: string;
  health: DbHealth;
  siteName: string;
  onShutdown: () => Promise<void>;
}): Promise<RunningServer> {
  // Next compares proxy rewrites against http://<hostname>:<port>; it must be the same name the
  // proxy sees in request.nextUrl ("localhost"), or an internal rewrite becomes an HTTP round trip.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const frontCache = createFrontCache(Number(process.env.FRONT_CACHE_MB ?? 64) * 1024 * 1024);
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
    if (servedOverHttps(req)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const target = normaliseRequestTarget(req);
    if (!target.ok) return refuseTarget(res, target);
    if (refuseOversizedBody(req, res, target.pathname) || refuseCrossSitePagePost(req, res, target.pathname) || refuseImageOptimizer(res, target.pathname)) return;
    stripInternalHeaders(req);
    stampClientIp(req);
    if (frontCache.serve(req, res)) return;
    frontCache.capture(req, res);
    mapStatus(req, res, options.health, options.siteName);
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
