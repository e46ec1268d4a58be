import http from 'node:http';
import type { Socket } from 'node:net';
import next from 'next';
import { subscribe } from '@/lib/changes/pipeline';
import { alignPerformanceClock } from '@/lib/clock-drift';
import type { DbHealth } from './db-health';
import { notFoundPage, rewriteNotFound } from './not-found-rewrite';
import { noteExpiredInRequest, withRequestSlot } from '@/lib/request-slot';
import { refuseCrossSitePagePost, refuseImageOptimizer, refuseOversizedBody, servedOverHttps, stampClientIp, stripInternalHeaders } from './request-guards';
import { normaliseRequestTarget, refuseTarget } from './request-target';
import { createFrontCache, dropAgainAtEnd } from './front-cache';
import { createHttpCachePurger, NOTHING_IN_FRONT, purgeAtEnd } from './http-cache-purge';
import { createPublicPages } from './public-pages';
import { PAGE_SCRIPTS } from '@/lib/site-scripts';
import { mapStatus } from './status-rewrite';
import { createViewCounter } from './view-counter';
import { env } from '@/lib/env';

type RunningServer = { url: string; shutdown: (reason: string) => Promise<void> };

export async function startHttpServer(options: {
  port: number;
  host: string;
  health: DbHealth;
  siteName: string;
  /** FRONT_CACHE_MB in bytes. */
  frontCacheBytes: number;
  /** Where this server answers itself (it fetches its own 404 page from there). */
  internalUrl: string;
  /** INSTANCE_ID: every response names the instance that answered it (x-served-by), for operators. */
  instanceId: string;
  /**
   * `npm run dev`: Next compiles on demand and hot-reloads, behind the same guards, status mapping
   * and shutdown as production. Without the front cache: development renders every request so an
   * edit shows on the next reload, and a stored copy would hide it.
   */
  dev?: boolean;
  /** VARNISH_PURGE_URL: the HTTP cache in front, purged by tag as a request that changed something ends. */
  httpCachePurgeUrl?: string | null;
  onShutdown: () => Promise<void>;
}): Promise<RunningServer> {
  // Next compares proxy rewrites against http://<hostname>:<port>; it must be the same name the
  // proxy sees in request.nextUrl ("localhost"), or an internal rewrite becomes an HTTP round trip.
  const app = next({ dev: options.dev ?? false, dir: process.cwd(), hostname: 'localhost', port: options.port });
  alignPerformanceClock();
  await app.prepare();
  const handle = app.getRequestHandler();

  const frontCache = options.dev ? null : createFrontCache(options.frontCacheBytes);
  const pages = createPublicPages({ cache: frontCache, ourScripts: new Set(PAGE_SCRIPTS), origin: () => options.internalUrl, siteName: options.siteName });
  // The site's 404 page is fetched from this server itself.
  const notFound = notFoundPage(() => options.internalUrl);
  // With nothing in front, the same hold still gives the front cache its last drop once Next has applied the expiry.
  const purger = options.httpCachePurgeUrl ? createHttpCachePurger(options.httpCachePurgeUrl) : frontCache ? NOTHING_IN_FRONT : null;
  // After Next's own subscriber (registered by instrumentation.ts during prepare), so a page is
  // dropped here only once Next will no longer serve the old version. The stored 404 page (its
  // header lists the sections) goes with every change too.
  const unsubscribeFrontCache = subscribe({
    name: 'front-cache',
    deliver: (change) => {
      frontCache?.expire(change.tags);
      noteExpiredInRequest(change.tags, { purgeHttpCache: (change.scope ?? 'cluster') !== 'process' });
      notFound.forget();
    },
  });
  const views = createViewCounter({ appUrl: options.internalUrl, flushMs: env().viewFlushMs, refreshMs: env().mostReadRefreshMs });
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
    // First, so every answer carries it: refusals, front-cache hits, Next's pages and errors alike.
    res.setHeader('x-served-by', options.instanceId);
    if (draining) res.setHeader('Connection', 'close');
    // Cheap (two clock reads); after a paused VM, Next's tag expiry would otherwise lag by the pause.
    alignPerformanceClock();
    if (servedOverHttps(req)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const target = normaliseRequestTarget(req);
    if (!target.ok) return refuseTarget(res, target);
    if (refuseOversizedBody(req, res, target.pathname) || refuseCrossSitePagePost(req, res, target.pathname) || refuseImageOptimizer(res, target.pathname)) return;
    stripInternalHeaders(req);
    stampClientIp(req);
    // Beacons first: a view costs a map update, never a render or a database round trip.
    if (views.handle(req, res, target.pathname)) return;
    if (pages.serve(req, res)) return;
    withRequestSlot((slot) => {
      // Outermost on the way out: the answer leaves once the HTTP cache in front is purged.
      if (purger) purgeAtEnd(res, slot, purger, { beforePurge: (tags) => frontCache?.expire(tags) });
      if (frontCache) dropAgainAtEnd(res, slot, frontCache);
      // Innermost first: what Next writes passes the 404 and status rewrites, then leaves as a plain document.
      pages.hold(req, res, slot);
      mapStatus(req, res, options.health, options.siteName, () => slot.status);
      rewriteNotFound(req, res, notFound);
      handle(req, res).catch((error: unknown) => {
        console.error('[http] unhandled error', error);
        if (!res.headersSent) {
          res.statusCode = options.health.healthy() ? 500 : 503;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
        }
        res.end('Something went wrong on our side. Please try again in a moment.');
      });
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
      // The last counts go to the app through this server, so before it stops listening.
      await views.close();
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
      unsubscribeFrontCache();
      await app.close().catch(() => undefined);
      await options.onShutdown();
    })();
    return shuttingDown;
  };

  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return { url: `http://${shownHost}:${options.port}`, shutdown };
}
