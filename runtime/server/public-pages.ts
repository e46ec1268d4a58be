import type http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { isFragmentPath, splitIncludes } from '@/lib/esi';
import { requestedPage } from '@/lib/routing/public-urls';
import type { Slot } from '@/lib/request-slot';
import { parseSearchRequest, searchPath } from '@/features/search/query';
import type { FrontCache, Layout, StoredDocument } from './front-cache';
import { piece, stitch, type Piece } from './gzip-stitch';
import { outagePage } from './outage-page';
import { fragmentBody, IncompleteDocumentError, toPlainHtml } from './plain-html';

/**
 * The HTTP server's handling of public pages (home, articles, listings, search, 404) and the
 * fragments they include: Next renders them, this sends them as plain HTML documents (./plain-html.ts),
 * keeps a copy in the front cache (./front-cache.ts) and assembles their fragments (lib/esi.ts).
 * Everything else (the newsroom, APIs, assets, feeds) passes through untouched.
 */

// Headers that make a request ask for something other than the plain HTML document.
const VARYING_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range', 'authorization'];
const NOT_DOCUMENTS = /^\/(dashboard|login|api|_next|media)(\/|$)/;
// Feeds, sitemaps, robots.txt, icons: files, not pages.
const FILE = /\.[a-z0-9]+$/i;
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
const UNSTORED_HEADERS = new Set(['content-length', 'content-encoding', 'connection', 'keep-alive', 'date', 'transfer-encoding', 'vary', 'etag', 'x-front-cache', 'strict-transport-security']);
const MAX_STORED_BYTES = 2 * 1024 * 1024;

const pathOf = (url: string) => url.split('?')[0]!;

/** A browser or crawler asking for a public page or fragment, as opposed to Next's client router, an API or a file. */
export function isDocumentRequest(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = pathOf(req.url ?? '/');
  if (NOT_DOCUMENTS.test(path) || FILE.test(path)) return false;
  return !VARYING_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined);
}

/**
 * The one URL a document is cached (and rendered) under: its path and the only query parameters
 * pages read: ?page=N (as proxy.ts reads it, so "?page=1" and "?page=abc" are the first page),
 * and for search the normalised query. Keyed by the raw URL, "?x=1", "?x=2"… each made an entry
 * and pushed real pages out. Null: not to be stored (a search the page will refuse).
 */
export function canonicalUrl(url: string): string | null {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  if (path === '/search') {
    const request = parseSearchRequest({ q: params.get('q') ?? undefined, page: params.get('page') ?? undefined });
    return request.state === 'ok' ? searchPath(request.q, request.page) : null;
  }
  const page = requestedPage(params.get('page'));
  return page ? `${path}?page=${page}` : path;
}

function decode(raw: Buffer, encoding: unknown): Buffer | null {
  try {
    if (encoding === undefined || encoding === 'identity') return raw;
    if (encoding === 'gzip') return gunzipSync(raw);
    if (encoding === 'br') return brotliDecompressSync(raw);
    return null;
  } catch {
    return null;
  }
}

const acceptsGzip = (header: unknown) => /\bgzip\b/.test(String(header ?? ''));

type Args = unknown[];
type Assembled = NonNullable<StoredDocument['assembled']>;

function layoutOf(html: string): Layout {
  const { statics, includes } = splitIncludes(html);
  return { statics: statics.map(piece), includes };
}

/** A fragment as one part of a page (fragments include nothing themselves; anything they would is dropped). */
function asPiece(layout: Layout): Piece {
  return layout.statics.length === 1 ? layout.statics[0]! : piece(layout.statics.map((p) => p.raw.toString()).join(''));
}

export function createPublicPages(options: {
  cache: FrontCache | null;
  /** The exact sources of the scripts we wrote, the only ones public pages keep. */
  ourScripts: ReadonlySet<string>;
  /** Where this server answers itself: a fragment not in memory is rendered by asking it. */
  origin: () => string;
  siteName: string;
}) {
  const { cache } = options;
  const inFlight = new Map<string, Promise<{ id: number | null; piece: Piece }>>();
  const nothing = piece('');

  /** A fragment's body, from memory or rendered now; empty when it cannot be had (the page still goes out). */
  const fragment = (src: string): Promise<{ id: number | null; piece: Piece }> => {
    const hit = cache?.lookup(src);
    if (hit) return Promise.resolve({ id: hit.id, piece: asPiece(hit.layout) });
    let pending = inFlight.get(src);
    if (!pending) {
      pending = (async () => {
        try {
          const res = await fetch(`${options.origin()}${src}`, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(10_000) });
          const html = await res.text();
          if (res.status !== 200) return { id: null, piece: nothing };
          const stored = cache?.lookup(src);
          return stored ? { id: stored.id, piece: asPiece(stored.layout) } : { id: null, piece: piece(html) };
        } catch {
          return { id: null, piece: nothing };
        }
      })().finally(() => inFlight.delete(src));
      inFlight.set(src, pending);
    }
    return pending;
  };

  /** The document with its fragments in, reusing the stored page's last assembly while its fragments are the same copies. */
  const assembled = async (layout: Layout, entry: { key: string; stored: StoredDocument } | null): Promise<Assembled> => {
    const parts = await Promise.all(layout.includes.map(fragment));
    // An unstored fragment (rendered without the cache, or failed) makes the assembly one-off.
    const using = parts.some((p) => p.id === null) ? null : parts.map((p) => p.id).join(',');
    const memo = entry?.stored.assembled;
    if (memo && using !== null && memo.using === using) return memo;
    const pieces = layout.statics.flatMap((p, i) => (i < parts.length ? [p, parts[i]!.piece] : [p]));
    const result = { using: using ?? '', ...stitch(pieces) };
    if (entry && using !== null) cache?.keepAssembled(entry.key, entry.stored, result);
    return result;
  };

  const send = (req: http.IncomingMessage, res: http.ServerResponse, status: number, doc: Assembled, gzip: boolean, writeHead = res.writeHead, end = res.end) => {
    const body = gzip ? doc.gzip : doc.body;
    if (gzip) res.setHeader('content-encoding', 'gzip');
    else res.removeHeader('content-encoding');
    res.setHeader('vary', VARY);
    res.setHeader('content-length', body.length);
    (writeHead as (...a: Args) => http.ServerResponse).call(res, status);
    (end as (...a: Args) => http.ServerResponse).call(res, req.method === 'HEAD' ? undefined : body);
  };

  const failed = (res: http.ServerResponse, error: unknown) => {
    console.error('[http] could not send a public page', error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
    }
    res.end('Something went wrong on our side. Please try again in a moment.');
  };

  return {
    /**
     * Answers a public document from memory when it can (true: the request is taken care of).
     * Documents leave with their canonical URL, so on a miss Next renders exactly what is stored.
     */
    serve(req: http.IncomingMessage, res: http.ServerResponse): boolean {
      if (!cache || !isDocumentRequest(req)) return false;
      const key = canonicalUrl(req.url ?? '/');
      if (key === null) return false;
      req.url = key;
      const stored = cache.lookup(key);
      if (!stored) return false;
      for (const [name, value] of stored.headers) res.setHeader(name, value);
      res.setHeader('x-nextjs-cache', 'HIT');
      res.setHeader('x-front-cache', 'HIT');
      assembled(stored.layout, { key, stored })
        .then((doc) => send(req, res, stored.status, doc, acceptsGzip(req.headers['accept-encoding'])))
        .catch((error: unknown) => failed(res, error));
      return true;
    },

    /**
     * Holds back Next's answer to a public document request and sends it as plain HTML, its
     * fragments assembled, compressed here; a cacheable one is stored. Answers that are not HTML
     * go out as Next made them.
     */
    hold(req: http.IncomingMessage, res: http.ServerResponse, slot: Slot): void {
      const key = canonicalUrl(req.url ?? '/');
      if (key !== null && cache) res.once('finish', () => slot.tags?.size && cache.learn(key, new Set(slot.tags)));
      if (!isDocumentRequest(req)) return;
      const gzip = acceptsGzip(req.headers['accept-encoding']);
      // Next compresses only when asked; the body is rewritten here first, and compressed after.
      delete req.headers['accept-encoding'];
      const startedAt = cache?.generation() ?? 0;
      const writeHead = res.writeHead;
      const write = res.write;
      const end = res.end;
      let status: number | null = null;
      const chunks: Buffer[] = [];
      const collect = (args: Args) => {
        const [chunk, encoding] = args;
        if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
          chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
        }
        // Next may wait for a write's callback before it writes on.
        const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
        if (callback) process.nextTick(callback);
      };
      const passThrough = (body: Buffer | undefined) => {
        (writeHead as (...a: Args) => http.ServerResponse).call(res, status ?? res.statusCode);
        (end as (...a: Args) => http.ServerResponse).call(res, body);
      };

      const finish = async () => {
        const code = status ?? res.statusCode;
        if (req.method === 'HEAD') {
          // Next counted the body it would have sent, not the one this sends.
          res.removeHeader('content-length');
          return passThrough(undefined);
        }
        const raw = Buffer.concat(chunks);
        const decoded = String(res.getHeader('content-type') ?? '').startsWith('text/html') ? decode(raw, res.getHeader('content-encoding')) : null;
        if (decoded === null) return passThrough(raw);
        let html: string;
        try {
          html = toPlainHtml(decoded.toString('utf8'), options.ourScripts);
        } catch (error) {
          if (!(error instanceof IncompleteDocumentError)) throw error;
          console.error(`[http] ${req.url}: ${error.message}; sent as Next made it and not stored`);
          return passThrough(raw);
        }
        if (isFragmentPath(pathOf(req.url ?? '/'))) {
          html = fragmentBody(html) ?? '';
          res.setHeader('x-robots-tag', 'noindex');
        }
        // Next's error shell is drawn by the runtime that is gone now: readers get a real page.
        if (code >= 500 && html.includes('__next_error__')) html = outagePage(options.siteName);
        for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) res.removeHeader(name);
        const layout = layoutOf(html);
        const entry = key !== null && storable(res, code, slot) && Buffer.byteLength(html) <= MAX_STORED_BYTES ? store(key, res, code, layout) : null;
        send(req, res, code, await assembled(layout, entry), gzip, writeHead, end);
      };
      const store = (k: string, r: http.ServerResponse, code: number, layout: Layout) => {
        const headers = r
          .getHeaderNames()
          .filter((n) => !UNSTORED_HEADERS.has(n))
          .map((n): [string, string | string[]] => [n, r.getHeader(n) as string | string[]]);
        const stored = cache!.store(k, { status: code, headers, layout }, startedAt, slot.tags);
        return stored ? { key: k, stored } : null;
      };
      const storable = (r: http.ServerResponse, code: number, s: Slot) => {
        if (!cache || code !== 200 || r.getHeader('set-cookie') !== undefined) return false;
        // A stale answer (Next revalidating in the background) would outlive the change that made it stale.
        if (String(r.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE') return false;
        if (s.shared) return true;
        const cacheControl = String(r.getHeader('cache-control') ?? '');
        return /s-maxage=\d+/.test(cacheControl) && !/private|no-store/.test(cacheControl);
      };

      res.writeHead = function heldWriteHead(this: http.ServerResponse, statusCode: number, ...rest: Args) {
        const headers = rest.find((a) => typeof a === 'object' && a !== null);
        if (headers && !Array.isArray(headers)) {
          for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string | string[]);
        }
        status = statusCode;
        return this;
      } as typeof res.writeHead;
      res.write = function heldWrite(this: http.ServerResponse, ...args: Args) {
        collect(args);
        return true;
      } as typeof res.write;
      res.end = function heldEnd(this: http.ServerResponse, ...args: Args) {
        collect(args);
        res.writeHead = writeHead;
        res.write = write;
        res.end = end;
        finish().catch((error: unknown) => failed(res, error));
        return this;
      } as typeof res.end;
    },
  };
}

export type PublicPages = ReturnType<typeof createPublicPages>;
