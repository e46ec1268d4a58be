import type http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { includeTag, isFragmentPath, splitIncludes } from '@/lib/esi';
import { requestedPage } from '@/lib/routing/public-urls';
import type { Slot } from '@/lib/request-slot';
import { parseSearchRequest, searchPath } from '@/features/search/query';
import type { FrontCache, Layout, StoredDocument } from './front-cache';
import { piece, stitch, type Piece } from './gzip-stitch';
import { XKEY_HEADER, xkeyValue } from './http-cache-tags';
import { outagePage } from './outage-page';
import { fragmentBody, IncompleteDocumentError, toPlainHtml } from './plain-html';

/**
 * The HTTP server's handling of public pages (home, articles, listings, search, 404) and the
 * fragments they include: Next renders them, this sends them as plain HTML documents (./plain-html.ts),
 * keeps a copy in the front cache (./front-cache.ts) and assembles their fragments (lib/esi.ts).
 * Everything else (the newsroom, APIs, assets, feeds) passes through untouched.
 *
 * Behind Varnish (deploy/varnish/): every cacheable public answer, feeds and sitemaps included,
 * lists its cache tags in an `xkey` header so Varnish can purge it by tag, and a request that
 * says `Surrogate-Capability: …ESI/1.0` gets the page with its <esi:include> tags left in and
 * `Surrogate-Control: content="ESI/1.0"`: Varnish assembles it and caches each fragment once.
 */

// Headers that make a request ask for something other than the plain HTML document.
const VARYING_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range', 'authorization'];
const NOT_DOCUMENTS = /^\/(dashboard|login|api|_next|media)(\/|$)/;
// Feeds, sitemaps, robots.txt, icons: files, not pages.
const FILE = /\.[a-z0-9]+$/i;
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
const UNSTORED_HEADERS = new Set(['content-length', 'content-encoding', 'connection', 'keep-alive', 'date', 'transfer-encoding', 'vary', 'etag', 'x-front-cache', 'strict-transport-security', XKEY_HEADER, 'surrogate-control']);
const MAX_STORED_BYTES = 2 * 1024 * 1024;

const pathOf = (url: string) => url.split('?')[0]!;

/** A GET for something public and the same for every reader: a page, a fragment, a feed, a sitemap. */
function isPublicRequest(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (NOT_DOCUMENTS.test(pathOf(req.url ?? '/'))) return false;
  return !VARYING_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined);
}

/** A browser or crawler asking for a public page or fragment, as opposed to Next's client router, an API or a file. */
export function isDocumentRequest(req: http.IncomingMessage): boolean {
  return isPublicRequest(req) && !FILE.test(pathOf(req.url ?? '/'));
}

/** The cache in front (Varnish) assembles fragments itself: the page goes out with its includes. */
function assemblesItself(req: http.IncomingMessage): boolean {
  return /\bESI\/1\.0\b/i.test(String(req.headers['surrogate-capability'] ?? ''));
}

/** Next's answer may be kept and shown to every reader until one of its tags expires. */
function cacheable(res: http.ServerResponse, code: number, slot: Slot): boolean {
  if (code !== 200 || res.getHeader('set-cookie') !== undefined) return false;
  // A stale answer (Next revalidating in the background) would outlive the change that made it stale.
  if (String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE') return false;
  if (slot.shared) return true;
  const cacheControl = String(res.getHeader('cache-control') ?? '');
  return /s-maxage=\d+/.test(cacheControl) && !/private|no-store/.test(cacheControl);
}

// The markup of an include, compressed once per source (a few fragments exist: Latest News and one per section).
const includePieces = new Map<string, Piece>();
function includePiece(src: string): Piece {
  let p = includePieces.get(src);
  if (!p) {
    p = piece(includeTag(src));
    if (includePieces.size < 1000) includePieces.set(src, p);
  }
  return p;
}

/** The document as Varnish wants it: the text around the includes, and the includes themselves. */
function withIncludes(layout: Layout): Assembled {
  const pieces = layout.statics.flatMap((p, i) => (i < layout.includes.length ? [p, includePiece(layout.includes[i]!)] : [p]));
  return { using: '', ...stitch(pieces) };
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

  /** What this server knows of the tags of what `key` shows now: this request's (rendered or from Next's cache) and its last render's. */
  const tagsOf = (key: string | null, slot: Slot | null): ReadonlySet<string> | null => {
    const learned = key !== null ? (cache?.learnedTags(key) ?? null) : null;
    if (!slot?.tags?.size) return learned;
    return learned ? new Set([...slot.tags, ...learned]) : slot.tags;
  };
  const tagForHttpCache = (res: http.ServerResponse, tags: ReadonlySet<string> | null) => {
    const value = xkeyValue(tags);
    if (value) res.setHeader(XKEY_HEADER, value);
    else res.removeHeader(XKEY_HEADER);
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

  /** A feed or sitemap goes out as Next made it, with its tags for the cache in front. */
  const tagFile = (res: http.ServerResponse, key: string | null, slot: Slot) => {
    const writeHead = res.writeHead;
    res.writeHead = function taggedWriteHead(this: http.ServerResponse, statusCode: number, ...rest: Args) {
      res.writeHead = writeHead;
      // Headers given to writeHead are set first, so the decision sees Cache-Control and Set-Cookie.
      const headers = rest.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a));
      if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string | string[]);
      }
      tagForHttpCache(this, cacheable(this, statusCode, slot) ? tagsOf(key, slot) : null);
      return (writeHead as (...a: Args) => http.ServerResponse).call(this, statusCode, ...rest.filter((a) => a !== headers));
    } as typeof res.writeHead;
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
      tagForHttpCache(res, stored.tags);
      const gzip = acceptsGzip(req.headers['accept-encoding']);
      if (assemblesItself(req) && stored.layout.includes.length > 0) {
        res.setHeader('surrogate-control', 'content="ESI/1.0"');
        send(req, res, stored.status, withIncludes(stored.layout), gzip);
        return true;
      }
      assembled(stored.layout, { key, stored })
        .then((doc) => send(req, res, stored.status, doc, gzip))
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
      if (isPublicRequest(req) && !isDocumentRequest(req)) return tagFile(res, key, slot);
      if (!isDocumentRequest(req)) return;
      const gzip = acceptsGzip(req.headers['accept-encoding']);
      const forVarnish = assemblesItself(req);
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
        const shareable = cacheable(res, code, slot);
        const entry = key !== null && cache && shareable && Buffer.byteLength(html) <= MAX_STORED_BYTES ? store(key, res, code, layout) : null;
        tagForHttpCache(res, shareable ? tagsOf(key, slot) : null);
        if (forVarnish && layout.includes.length > 0) {
          res.setHeader('surrogate-control', 'content="ESI/1.0"');
          return send(req, res, code, withIncludes(layout), gzip, writeHead, end);
        }
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
