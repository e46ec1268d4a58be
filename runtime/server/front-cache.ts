import type http from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { requestedPage } from '@/lib/routing/public-urls';
import { TAG } from '@/lib/changes/tags';
import type { Slot } from '@/lib/request-slot';

/**
 * A small in-memory copy of public pages in front of Next's page cache. Next's cache is exact (pages
 * expire by tag) but answering a hit still runs its whole request pipeline, about 3 ms of CPU; on
 * two cores that caps a news site at a few hundred pages a second. This layer answers repeat reads
 * of the same page from memory, precompressed, in microseconds.
 *
 * Freshness: it only stores what Next just served as a cacheable (s-maxage) 200, and it drops the
 * pages a change touches by their cache tags, the same tags Next expires: the HTTP server subscribes
 * it to the change pipeline (lib/changes/pipeline.ts), which every publish, edit, unpublish,
 * scheduled publish, taxonomy or profile change goes through. A page's tags are what its render
 * declared (lib/request-slot.ts); a page whose tags it never saw is dropped on any change. So it
 * can never show a page that Next would not show.
 */

type Entry = {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  gzip: Buffer | null;
  storedAt: number;
  bytes: number;
  /** The tags the page declared when Next last rendered it; null when unknown (dropped on any change). */
  tags: ReadonlySet<string> | null;
};

/** Pages whose tags are remembered; beyond this the oldest are forgotten (their entries then count as unknown). */
const LEARNED_MAX = 20_000;

// Headers that make a request ask for something other than the plain HTML document.
const VARYING_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range', 'authorization'];
const SKIP_PATHS = /^\/(dashboard|login|api\/|_next\/|media\/)/;
const MAX_TTL_MS = 60_000;

function cacheable(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  if (SKIP_PATHS.test(url) || url.startsWith('/search')) return false;
  return !VARYING_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined);
}

/**
 * The one URL a public page is cached (and rendered) under: its path and the only query parameter
 * public pages read, ?page=N (as proxy.ts reads it, so "?page=1" and "?page=abc" are the first
 * page). Keyed by the raw URL, "?x=1", "?x=2"… each made an entry and pushed real pages out.
 */
function canonicalUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const page = requestedPage(new URLSearchParams(url.slice(q + 1)).get('page'));
  return page ? `${url.slice(0, q)}?page=${page}` : url.slice(0, q);
}

/** The page as stored: identity bytes, and gzip bytes for clients that take them. */
function decodeForStore(raw: Buffer, encoding: unknown): { body: Buffer; gzip: Buffer | null } | null {
  try {
    switch (encoding) {
      case undefined:
        return { body: raw, gzip: gzipSync(raw, { level: 6 }) };
      case 'gzip':
        return { body: gunzipSync(raw), gzip: raw };
      case 'br': {
        const body = brotliDecompressSync(raw);
        return { body, gzip: gzipSync(body, { level: 6 }) };
      }
      default:
        return null;
    }
  } catch {
    // A truncated or odd answer is simply not kept.
    return null;
  }
}

function acceptsGzip(req: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

type FrontCache = {
  /** Serves the request from memory if possible; true when answered. Cacheable requests leave with their canonical URL. */
  serve: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
  /** Prepares a request that will go to Next so its answer can be stored (with the tags its render declared in `slot`). */
  capture: (req: http.IncomingMessage, res: http.ServerResponse, slot?: Pick<Slot, 'tags'>) => void;
  /** Drops the pages that showed any of `tags` (every page for TAG.all, and every page whose tags are unknown). */
  expire: (tags: readonly string[]) => void;
  flush: () => void;
  stats: () => { entries: number; bytes: number; hits: number; misses: number };
};

export function createFrontCache(maxBytes: number): FrontCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  // Bumped on every flush: an answer that started before a flush must not be stored after it.
  let generation = 0;

  const evict = (key: string) => {
    const e = entries.get(key);
    if (e) {
      bytes -= e.bytes;
      entries.delete(key);
    }
  };
  // What each page showed when Next last rendered it: a HIT from Next's own cache comes without a
  // render, and then the tags learned from that page's last render are the ones it carries.
  const learned = new Map<string, ReadonlySet<string>>();
  const learn = (key: string, tags: ReadonlySet<string>) => {
    learned.delete(key);
    learned.set(key, tags);
    if (learned.size > LEARNED_MAX) learned.delete(learned.keys().next().value!);
  };
  const drop = (tags: readonly string[]) => {
    generation++;
    if (tags.includes(TAG.all)) {
      entries.clear();
      bytes = 0;
      return;
    }
    for (const [key, entry] of entries) {
      if (!entry.tags || tags.some((t) => entry.tags!.has(t))) evict(key);
    }
  };
  let followUp: NodeJS.Timeout | null = null;
  const pending = new Set<string>();
  // Next applies tag expiry at the end of the server action or route that asked for it, a moment
  // after this; a page served stale in that moment could be stored, so the same tags are dropped
  // once more a second later.
  const expire = (tags: readonly string[]) => {
    drop(tags);
    for (const tag of tags) pending.add(tag);
    if (followUp) clearTimeout(followUp);
    followUp = setTimeout(() => {
      followUp = null;
      const again = [...pending];
      pending.clear();
      drop(again);
    }, 1000);
    followUp.unref();
  };
  const flush = () => expire([TAG.all]);

  return {
    serve(req, res) {
      if (!cacheable(req)) return false;
      // Unknown parameters are answered from the canonical page's entry, and on a miss Next renders
      // the canonical URL itself, so what is stored under the key is exactly that page.
      const key = canonicalUrl(req.url ?? '/');
      req.url = key;
      const entry = entries.get(key);
      if (!entry || Date.now() - entry.storedAt > MAX_TTL_MS) {
        if (entry) evict(key);
        misses++;
        return false;
      }
      // Least recently used goes first on eviction: re-insert on every hit.
      entries.delete(key);
      entries.set(key, entry);
      hits++;
      const gzip = entry.gzip && acceptsGzip(req) ? entry.gzip : null;
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      res.setHeader('x-nextjs-cache', 'HIT');
      res.setHeader('x-front-cache', 'HIT');
      if (gzip) res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding');
      const body = gzip ?? entry.body;
      res.setHeader('content-length', body.length);
      res.writeHead(entry.status);
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },

    capture(req, res, slot) {
      if (slot) res.once('finish', () => slot.tags?.size && learn(canonicalUrl(req.url ?? '/'), new Set(slot.tags)));
      if (!cacheable(req) || req.method !== 'GET') return;
      const key = req.url ?? '/';
      const startedAt = generation;
      // Next compresses this answer for the client as usual (a reader on a miss must not get 150 kB
      // of uncompressed HTML); the copy kept here is decoded once and re-encoded as gzip if needed.
      const chunks: Buffer[] = [];
      let size = 0;
      let tooBig = false;
      const write = res.write;
      const end = res.end;
      const collect = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function' || tooBig) return;
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
        size += buf.length;
        if (size > 2 * 1024 * 1024) tooBig = true;
        else chunks.push(buf);
      };
      res.write = function patchedWrite(this: http.ServerResponse, ...args: unknown[]) {
        collect(args[0], args[1]);
        return (write as (...a: unknown[]) => boolean).apply(this, args);
      } as typeof res.write;
      res.end = function patchedEnd(this: http.ServerResponse, ...args: unknown[]) {
        collect(args[0], args[1]);
        return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
      } as typeof res.end;
      res.once('finish', () => {
        if (tooBig || generation !== startedAt || res.statusCode !== 200) return;
        const cacheControl = String(res.getHeader('cache-control') ?? '');
        if (!/s-maxage=\d+/.test(cacheControl) || /private|no-store/.test(cacheControl)) return;
        if (res.getHeader('set-cookie') !== undefined) return;
        // A stale answer (Next revalidating in the background) would outlive the change that made it stale.
        if (String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE') return;
        const stored = decodeForStore(Buffer.concat(chunks), res.getHeader('content-encoding'));
        if (!stored) return;
        const { body, gzip } = stored;
        const headers = res
          .getHeaderNames()
          .filter(
            (n) =>
              !['content-length', 'content-encoding', 'connection', 'keep-alive', 'date', 'transfer-encoding', 'vary', 'x-front-cache', 'strict-transport-security'].includes(n),
          )
          .map((n): [string, string | string[]] => [n, res.getHeader(n) as string | string[]]);
        const tags = slot?.tags?.size ? new Set(slot.tags) : (learned.get(key) ?? null);
        const entry: Entry = { status: 200, headers, body, gzip, storedAt: Date.now(), bytes: body.length + (gzip?.length ?? 0) + 512, tags };
        evict(key);
        entries.set(key, entry);
        bytes += entry.bytes;
        for (const oldest of entries.keys()) {
          if (bytes <= maxBytes) break;
          evict(oldest);
        }
      });
    },

    expire,
    flush,
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
