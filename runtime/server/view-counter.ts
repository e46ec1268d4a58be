import type http from 'node:http';
import { CLIENT_IP_HEADER } from '@/features/auth/client-ip';
import { revalidateSecret, secretsMatch } from '@/features/cache/secret';
import { beaconArticleId, PIXEL } from '@/lib/analytics/beacon';
import { isBot } from '@/lib/analytics/bots';
import { isPrefetch, optedOut } from '@/lib/analytics/consent';
import { createTally, type HourlyRow } from '@/lib/analytics/tally';
import { createVisitorHasher } from '@/lib/analytics/visitor-hash';

/** Asks the counter to write and refresh "Most read" now (tests, the bench): the secret of the internal routes. */
export const FLUSH_PATH = '/api/internal/views/flush';

// A signed-in member of staff reading the site is not a reader.
const STAFF_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;

export type ViewCounterOptions = {
  /** Where the app answers (app/api/internal/views). */
  appUrl: string;
  /** How often counts are written. */
  flushMs: number;
  /** How often "Most read" is recomputed (at a flush). */
  refreshMs: number;
  now?: () => number;
  /** Writes a batch; the default posts it to the app. */
  write?: (rows: HourlyRow[], refreshMostRead: boolean) => Promise<unknown>;
};

/**
 * Counts article views from the beacon (lib/analytics/beacon.ts) before Next sees the request: a
 * map update per view, one database write per batch (every flushMs, through the app's internal
 * route, where the SQL lives). Nothing identifying is kept: the daily visitor id is a salted hash
 * held in memory (lib/analytics/visitor-hash.ts), and a batch carries only counts per story and hour.
 */
export function createViewCounter(options: ViewCounterOptions) {
  const now = options.now ?? Date.now;
  const hasher = createVisitorHasher({ now });
  const tally = createTally();
  let closed = false;
  let lastRefresh = now();
  let writing: Promise<unknown> | null = null;

  const post = async (rows: HourlyRow[], refreshMostRead: boolean): Promise<unknown> => {
    const secret = revalidateSecret();
    if (!secret) throw new Error('no internal secret (AUTH_SECRET) to write view counts with');
    const res = await fetch(`${options.appUrl}/api/internal/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret, origin: options.appUrl },
      body: JSON.stringify({ rows, refreshMostRead }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`answered ${res.status}`);
    return res.json();
  };
  const write = options.write ?? post;

  /** Writes what was counted (one at a time); a failed batch goes back to be written with the next. */
  const flush = async (refreshMostRead = now() - lastRefresh >= options.refreshMs): Promise<unknown> => {
    while (writing) await writing.catch(() => undefined);
    const rows = tally.take();
    if (rows.length === 0 && !refreshMostRead) return null;
    if (refreshMostRead) lastRefresh = now();
    const attempt = write(rows, refreshMostRead);
    writing = attempt;
    try {
      return await attempt;
    } catch (error) {
      tally.giveBack(rows);
      console.error(`[views] writing ${rows.length} count(s) failed, kept for the next try: ${(error as Error).message}`);
      throw error;
    } finally {
      writing = null;
    }
  };

  const timer = setInterval(() => void flush().catch(() => undefined), options.flushMs);
  timer.unref();

  const answerPixel = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'image/gif',
      'content-length': PIXEL.length,
      // Every view must reach us: no browser, proxy or front cache keeps a copy.
      'cache-control': 'no-store, max-age=0',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : PIXEL);
  };

  return {
    /** True when the request was a beacon or a flush request and has been answered. */
    handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
      if (pathname === FLUSH_PATH && req.method === 'POST') {
        if (!secretsMatch(String(req.headers['x-revalidate-secret'] ?? ''), revalidateSecret())) {
          res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Forbidden' }));
          return true;
        }
        req.resume();
        flush(true).then(
          (result) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(result ?? {})),
          (error: unknown) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message })),
        );
        return true;
      }
      const articleId = beaconArticleId(pathname);
      if (articleId === null) return false;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Only GET is counted here.');
        return true;
      }
      const ua = String(req.headers['user-agent'] ?? '');
      const counted =
        !closed &&
        req.method === 'GET' &&
        !isBot(ua) &&
        !optedOut(req.headers) &&
        !isPrefetch(req.headers) &&
        !STAFF_COOKIE.test(String(req.headers.cookie ?? ''));
      if (counted) {
        const ip = String(req.headers[CLIENT_IP_HEADER] ?? req.socket.remoteAddress ?? '');
        tally.count(articleId, now(), hasher.hash(ip, ua, articleId));
      }
      answerPixel(req, res);
      return true;
    },
    flush,
    /** Counts waiting to be written (tests). */
    pending: () => tally.pending(),
    /** The last batch, written before the server stops listening (the write goes through it). */
    async close(): Promise<void> {
      clearInterval(timer);
      closed = true;
      await flush(false).catch(() => undefined);
    },
  };
}

export type ViewCounter = ReturnType<typeof createViewCounter>;
