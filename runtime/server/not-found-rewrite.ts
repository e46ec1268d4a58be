import type http from 'node:http';
import { NOT_FOUND_PATH } from '@/lib/routing/public-urls';

/**
 * Next answers a page's notFound() with an empty error shell (<html id="__next_error__"> with an
 * empty body): the not-found UI exists only in the inlined RSC payload and is drawn by the browser's
 * JavaScript (vercel/next.js#62228). Crawlers, readers without JavaScript and anyone before
 * hydration get a blank page. A URL that matches no route is different: Next renders
 * app/not-found.tsx there in full (header, message, links, footer). So every HTML 404 a public page
 * sends is answered with that page instead, fetched from this server at NOT_FOUND_PATH (a path no
 * route matches) and kept until the next cache flush, like the front cache.
 */
export type NotFoundPage = {
  /** The page's HTML, or null when it cannot be had right now (shutting down, database down). */
  html: () => Promise<string | null>;
  /** Forgets the stored copy; called whenever cache tags expire (the header lists the sections). */
  forget: () => void;
};

const MAX_AGE_MS = 60_000;

export function notFoundPage(origin: () => string): NotFoundPage {
  let stored: { html: string; at: number } | null = null;
  let pending: Promise<string | null> | null = null;
  // Bumped by forget(): a copy fetched before a flush must not be kept after it.
  let generation = 0;

  const load = async (): Promise<string | null> => {
    const startedAt = generation;
    try {
      const res = await fetch(`${origin()}${NOT_FOUND_PATH}`, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(10_000) });
      const html = await res.text();
      const usable = res.status === 404 && (res.headers.get('content-type') ?? '').startsWith('text/html') && !html.includes('__next_error__');
      if (!usable) return null;
      if (generation === startedAt) stored = { html, at: Date.now() };
      return html;
    } catch {
      return null;
    }
  };

  return {
    html() {
      if (stored && Date.now() - stored.at < MAX_AGE_MS) return Promise.resolve(stored.html);
      // Concurrent 404s share one fetch.
      pending ??= load().finally(() => (pending = null));
      return pending;
    },
    forget() {
      generation++;
      stored = null;
    },
  };
}

/** A browser (or crawler) asking for a public page, as opposed to Next's client router or an API. */
function isPublicDocumentRequest(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action'].some((h) => req.headers[h] !== undefined)) return false;
  const path = (req.url ?? '/').split('?')[0]!;
  // The newsroom runs on JavaScript and its own nonce-based CSP; its 404s stay as Next makes them.
  return path !== NOT_FOUND_PATH && !/^\/(api|_next|media|dashboard|login)(\/|$)/.test(path);
}

type Args = unknown[];

/**
 * Holds back an HTML 404 for a public page and sends the site's not-found page in its place, with
 * the same status and headers (security headers, cache policy). Anything else passes untouched.
 * If the page cannot be fetched, what Next produced is sent after all.
 */
export function rewriteNotFound(req: http.IncomingMessage, res: http.ServerResponse, page: NotFoundPage): void {
  if (!isPublicDocumentRequest(req)) return;
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let state: 'undecided' | 'pass' | 'hold' = 'undecided';
  let heldHead: Args | null = null;
  const heldWrites: Args[] = [];

  const decide = (status: number) => {
    if (state !== 'undecided') return;
    state = status === 404 && String(res.getHeader('content-type') ?? '').startsWith('text/html') ? 'hold' : 'pass';
  };
  // Next may be waiting for a write's callback before it writes on; held writes are acknowledged.
  const acknowledge = (args: Args) => {
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return args.filter((a) => typeof a !== 'function');
  };

  const finish = async (endArgs: Args) => {
    const html = await page.html();
    const callback = endArgs.find((a) => typeof a === 'function') as (() => void) | undefined;
    // From here on everything goes out: Node's implicit header (a write before writeHead) calls the
    // patched writeHead again, which must not hold it back a second time.
    state = 'pass';
    if (html === null) {
      if (heldHead) (writeHead as (...a: Args) => http.ServerResponse).apply(res, heldHead);
      for (const args of heldWrites) (write as (...a: Args) => boolean).apply(res, args);
      (end as (...a: Args) => http.ServerResponse).apply(res, endArgs);
      return;
    }
    for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) res.removeHeader(name);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(html));
    (writeHead as (...a: Args) => http.ServerResponse).call(res, 404);
    (end as (...a: Args) => http.ServerResponse).call(res, req.method === 'HEAD' ? undefined : html, callback);
  };

  res.writeHead = function patchedWriteHead(this: http.ServerResponse, statusCode: number, ...rest: Args) {
    // Headers passed here are set first, so that the decision sees the content type.
    const headers = rest.find((a) => typeof a === 'object' && a !== null);
    if (state === 'undecided' && headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string | string[]);
    }
    decide(statusCode);
    if (state === 'pass') return (writeHead as (...a: Args) => http.ServerResponse).call(this, statusCode, ...rest);
    heldHead = [statusCode, ...rest.filter((a) => a !== headers || Array.isArray(a))];
    return this;
  } as typeof res.writeHead;
  res.write = function patchedWrite(this: http.ServerResponse, ...args: Args) {
    decide(this.statusCode);
    if (state === 'pass') return (write as (...a: Args) => boolean).apply(this, args);
    heldWrites.push(acknowledge(args));
    return true;
  } as typeof res.write;
  res.end = function patchedEnd(this: http.ServerResponse, ...args: Args) {
    decide(this.statusCode);
    if (state === 'pass') return (end as (...a: Args) => http.ServerResponse).apply(this, args);
    void finish(args);
    return this;
  } as typeof res.end;
}
