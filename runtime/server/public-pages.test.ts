import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Slot } from '@/lib/request-slot';
import { createFrontCache } from './front-cache';
import { createPublicPages } from './public-pages';

type Upstream = (req: http.IncomingMessage, res: http.ServerResponse, slot?: Slot) => void;
const servers: http.Server[] = [];
const OUR_SCRIPT = 'ours()';

/** The HTTP server's handling of public documents in front of `upstream` (standing in for Next). */
function listen(upstream: Upstream, onCall: () => void = () => undefined, onFinish: () => void = () => undefined) {
  const cache = createFrontCache(1024 * 1024);
  let url = '';
  const pages = createPublicPages({ cache, ourScripts: new Set([OUR_SCRIPT]), origin: () => url, siteName: 'The Test Times' });
  const server = http.createServer((req, res) => {
    if (pages.serve(req, res)) return;
    const slot: Slot = { startedAt: Date.now(), status: null, tags: null, shared: false, expired: null, purge: null };
    pages.hold(req, res, slot);
    onCall();
    // Registered after hold's own listener, so it runs once the cache has done its part.
    res.once('finish', onFinish);
    upstream(req, res, slot);
  });
  servers.push(server);
  return new Promise<{ url: string; cache: typeof cache }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ url, cache });
    }),
  );
}

afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/**
 * A server with the front cache in front of `upstream` (standing in for Next); counts upstream
 * calls. `settled()` resolves once every upstream answer so far has finished on the server side,
 * i.e. the cache has stored it or decided not to (the client can have the body a moment earlier).
 */
async function serverWith(upstream: Upstream) {
  let calls = 0;
  let finished = 0;
  const waiters: (() => void)[] = [];
  const { url, cache } = await listen(
    upstream,
    () => calls++,
    () => {
      finished++;
      for (const wake of waiters.splice(0)) wake();
    },
  );
  const settled = async () => {
    while (finished < calls) await new Promise<void>((r) => waiters.push(r));
  };
  return { url, cache, calls: () => calls, settled };
}

const page = (body: string, cacheControl = 's-maxage=3600, stale-while-revalidate=60'): Upstream => (_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', cacheControl);
  res.statusCode = 200;
  res.write(body.slice(0, 5));
  res.end(body.slice(5));
};

/** Polls `condition` until it holds, failing after a bounded wait. */
async function until(condition: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('front cache', () => {
  it('answers repeat reads of a cacheable page from memory, byte for byte, plain or gzipped', async () => {
    const s = await serverWith(page('<html>hello reader</html>'));
    const first = await fetch(`${s.url}/story`);
    expect(await first.text()).toBe('<html>hello reader</html>');
    await s.settled();
    const second = await fetch(`${s.url}/story`, { headers: { 'accept-encoding': 'identity' } });
    expect(second.headers.get('x-front-cache')).toBe('HIT');
    expect(await second.text()).toBe('<html>hello reader</html>');
    const gz = await new Promise<Buffer>((resolve) => {
      http.get(`${s.url}/story`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        expect(res.headers['content-encoding']).toBe('gzip');
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts)));
      });
    });
    expect(gunzipSync(gz).toString()).toBe('<html>hello reader</html>');
    expect(s.calls()).toBe(1);
  });

  // Regression: a miss used to ask upstream for identity bytes, so the reader who caused it got
  // the whole page uncompressed (150 kB of homepage instead of 21 kB). Now upstream is asked for
  // identity (the page is rewritten first) and the reader gets it compressed from here.
  it('compresses a miss for the reader, and stores a copy that serves plain and gzip', async () => {
    const html = `<html>${'a long story '.repeat(200)}</html>`;
    const compressing: Upstream = (req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 's-maxage=3600');
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const [encoding, body] = /\bbr\b/.test(accepts) ? ['br', brotliCompressSync(html)] : /gzip/.test(accepts) ? ['gzip', gzipSync(html)] : [null, Buffer.from(html)];
      if (encoding) res.setHeader('content-encoding', encoding);
      res.end(body);
    };
    const getRaw = (path: string, acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer; front: string | undefined }>((resolve) => {
        http.get(`${s.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts), front: res.headers['x-front-cache'] as string | undefined }));
        });
      });
    const s = await serverWith(compressing);
    for (const [path, accepts] of [['/gz', 'gzip, deflate'], ['/br', 'gzip, deflate, br']]) {
      const miss = await getRaw(path!, accepts!);
      expect(miss.front).toBeUndefined();
      expect(miss.encoding).toBe('gzip');
      expect(gunzipSync(miss.body).toString()).toBe(html);
      await s.settled();
      const hit = await getRaw(path!, 'gzip');
      expect(hit.front).toBe('HIT');
      expect(hit.encoding).toBe('gzip');
      expect(gunzipSync(hit.body).toString()).toBe(html);
      const plain = await getRaw(path!, 'identity');
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.toString()).toBe(html);
    }
    expect(s.calls()).toBe(2);
  });

  it('forgets everything when cache tags expire, so the next read comes from upstream', async () => {
    let version = 1;
    const s = await serverWith((req, res) => page(`<html>v${version}</html>`)(req, res));
    await fetch(`${s.url}/`);
    await s.settled();
    version = 2;
    expect(await (await fetch(`${s.url}/`)).text()).toBe('<html>v1</html>');
    s.cache.flush();
    expect(await (await fetch(`${s.url}/`)).text()).toBe('<html>v2</html>');
  });

  it('does not store an answer that was in flight when a flush happened', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((r) => (arrived = r));
    let first = true;
    const s = await serverWith((req, res) => {
      if (!first) return page('<html>new</html>')(req, res);
      first = false;
      arrived();
      void gate.then(() => page('<html>old</html>')(req, res));
    });
    const pending = fetch(`${s.url}/slow`);
    // Flush while the first answer is being made upstream.
    await inFlight;
    s.cache.flush();
    release();
    await (await pending).text();
    await s.settled();
    expect(await (await fetch(`${s.url}/slow`)).text()).toBe('<html>new</html>');
    expect(s.calls()).toBe(2);
  });

  it('never stores private, uncacheable, non-200, cookie-setting or newsroom answers', async () => {
    const s = await serverWith((req, res) => {
      if (req.url === '/private') return page('p', 'private, no-store')(req, res);
      if (req.url === '/missing') {
        res.statusCode = 404;
        res.setHeader('cache-control', 's-maxage=60');
        return res.end('nope');
      }
      if (req.url === '/cookie') res.setHeader('set-cookie', 'a=b');
      return page('<html>x</html>')(req, res);
    });
    for (const path of ['/private', '/missing', '/cookie', '/dashboard', '/login', '/api/health']) {
      await fetch(`${s.url}${path}`);
      await s.settled();
      const again = await fetch(`${s.url}${path}`);
      expect(again.headers.get('x-front-cache'), path).toBeNull();
    }
  });

  it('passes client-router and action requests through untouched', async () => {
    const s = await serverWith(page('<html>doc</html>'));
    await fetch(`${s.url}/a`);
    await s.settled();
    const rsc = await fetch(`${s.url}/a`, { headers: { rsc: '1' } });
    expect(rsc.headers.get('x-front-cache')).toBeNull();
  });

  // Issue 16 point 12: keyed by the full raw URL, ?x=1…N filled the cache and pushed real pages out.
  it('keys public pages by their canonical URL: unknown parameters share the page’s one entry', async () => {
    const seen: string[] = [];
    const s = await serverWith((req, res) => {
      seen.push(req.url ?? '');
      page(`<html>${req.url}</html>`)(req, res);
    });
    expect(await (await fetch(`${s.url}/city?x=1`)).text()).toBe('<html>/city</html>');
    await until(() => s.cache.stats().entries === 1);
    for (let i = 2; i <= 50; i++) {
      const res = await fetch(`${s.url}/city?x=${i}&utm_source=${i}`);
      expect(res.headers.get('x-front-cache')).toBe('HIT');
      expect(await res.text()).toBe('<html>/city</html>');
    }
    expect(await (await fetch(`${s.url}/city`)).text()).toBe('<html>/city</html>');
    expect(s.calls()).toBe(1);
    expect(s.cache.stats().entries).toBe(1);
    // ?page=N is what listings read: it keeps its own entry, spelt one way.
    for (const q of ['page=2', 'page=02&x=1', 'x=1&page=2']) expect(await (await fetch(`${s.url}/city?${q}`)).text()).toBe('<html>/city?page=2</html>');
    expect(await (await fetch(`${s.url}/city?page=1`)).text()).toBe('<html>/city</html>');
    expect(await (await fetch(`${s.url}/city?page=abc`)).text()).toBe('<html>/city</html>');
    // Upstream only ever rendered the two canonical URLs (the second ?page=2 may or may not have
    // arrived before the first was stored), and the cache holds one entry each.
    expect([...new Set(seen)]).toEqual(['/city', '/city?page=2']);
    await until(() => s.cache.stats().entries === 2);
  });

  it('leaves the URLs of uncached requests alone', async () => {
    const seen: string[] = [];
    const s = await serverWith((req, res) => {
      seen.push(req.url ?? '');
      page('<html>x</html>')(req, res);
    });
    for (const path of ['/dashboard/articles?tab=drafts', '/api/media?q=a', '/feeds/rss.xml?x=1']) await fetch(`${s.url}${path}`);
    expect(seen).toEqual(['/dashboard/articles?tab=drafts', '/api/media?q=a', '/feeds/rss.xml?x=1']);
  });
});

describe('front cache expiry by tag', () => {
  /** A server whose pages declare tags in the request's slot, as tagPage does during a render. */
  async function taggedServer(tagsFor: (url: string) => string[] | null) {
    let version = 1;
    let calls = 0;
    const { url, cache } = await listen((req, res, slot = { startedAt: Date.now(), status: null, tags: null, shared: false, expired: null, purge: null }) => {
      const declared = tagsFor(req.url ?? '/');
      slot.tags = declared ? new Set(declared) : null;
      calls++;
      page(`<html>${req.url} v${version}</html>`)(req, res, slot);
    });
    const get = async (path: string) => (await fetch(`${url}${path}`)).text();
    return { cache, get, bump: () => version++, calls: () => calls };
  }

  it('drops only the pages that showed a changed tag; the others stay in memory', async () => {
    const s = await taggedServer((u) => (u === '/city/a' ? ['all', 'article:1', 'latest'] : u === '/city/b' ? ['all', 'article:2', 'latest'] : ['all', 'tag:ferries']));
    for (const p of ['/city/a', '/city/b', '/tag/ferries']) await s.get(p);
    await until(() => s.cache.stats().entries === 3);
    s.bump();
    s.cache.expire(['article:1']);
    expect(await s.get('/city/a')).toBe('<html>/city/a v2</html>');
    expect(await s.get('/city/b')).toBe('<html>/city/b v1</html>');
    expect(await s.get('/tag/ferries')).toBe('<html>/tag/ferries v1</html>');
    // A tag every article page carries takes them all; "all" takes everything.
    s.cache.expire(['latest']);
    expect(await s.get('/city/b')).toBe('<html>/city/b v2</html>');
    expect(await s.get('/tag/ferries')).toBe('<html>/tag/ferries v1</html>');
    s.cache.expire(['all']);
    expect(await s.get('/tag/ferries')).toBe('<html>/tag/ferries v2</html>');
  });

  it('keeps the tags a page declared when it was rendered for answers Next gives without rendering', async () => {
    let rendered = false;
    const s = await taggedServer(() => {
      // First answer renders (tags declared); later answers come from Next's cache (no tags).
      if (rendered) return null;
      rendered = true;
      return ['all', 'article:7'];
    });
    await s.get('/city/seven');
    await until(() => s.cache.stats().entries === 1);
    s.cache.expire(['article:7']);
    await s.get('/city/seven');
    await until(() => s.cache.stats().entries === 1);
    s.bump();
    s.cache.expire(['article:8']);
    expect(await s.get('/city/seven')).toBe('<html>/city/seven v1</html>');
    s.cache.expire(['article:7']);
    expect(await s.get('/city/seven')).toBe('<html>/city/seven v2</html>');
  });

  it('drops a page whose tags it never saw on any change', async () => {
    const s = await taggedServer(() => null);
    await s.get('/prerendered');
    await until(() => s.cache.stats().entries === 1);
    s.bump();
    s.cache.expire(['article:99']);
    expect(await s.get('/prerendered')).toBe('<html>/prerendered v2</html>');
  });
});

describe('public documents as plain HTML, with fragments and shared renders', () => {
  const NEXT_PAGE = (body: string) =>
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/b.js" async=""></script><script>${OUR_SCRIPT}</script></head><body><div hidden=""><!--$--><!--/$--></div>${body}<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>self.__next_f.push([1,"x"])</script><script id="_R_">boot()</script></body></html>`;
  const html = (res: http.ServerResponse, body: string, cacheControl = 's-maxage=3600') => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', cacheControl);
    res.end(body);
  };

  it('sends pages without Next’s runtime: only JSON-LD and our own scripts stay', async () => {
    const s = await serverWith((_req, res) => html(res, NEXT_PAGE('<main>story</main>')));
    for (const attempt of ['miss', 'hit']) {
      const res = await fetch(`${s.url}/city/a`);
      const text = await res.text();
      expect(res.headers.get('x-front-cache'), attempt).toBe(attempt === 'hit' ? 'HIT' : null);
      expect(text).not.toMatch(/_next\/static\/chunks\/b\.js|__next_f|boot\(\)/);
      expect(text).toContain(`<script>${OUR_SCRIPT}</script>`);
      expect(text).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
      expect(text).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
      expect(text).toContain('<main>story</main>');
      await s.settled();
    }
  });

  it('assembles fragments into pages, and a changed fragment reaches every stored page without re-rendering them', async () => {
    let sidebar = 1;
    let pageRenders = 0;
    const s = await serverWith((req, res, slot) => {
      if (req.url === '/fragments/latest-news') {
        slot!.tags = new Set(['all', 'latest']);
        return html(res, `<!DOCTYPE html><html><head><script>boot()</script></head><body><div hidden=""><!--$--><!--/$--></div><aside>latest v${sidebar}</aside><script>self.__next_f.push([1])</script></body></html>`);
      }
      pageRenders++;
      slot!.tags = new Set(['all', `article:${req.url}`]);
      html(res, NEXT_PAGE(`<main>${req.url}</main><div data-slot="latest-news"><esi:include src="/fragments/latest-news"/></div>`));
    });
    const get = async (path: string) => (await fetch(`${s.url}${path}`)).text();
    expect(await get('/city/a')).toContain('<main>/city/a</main><div data-slot="latest-news"><aside>latest v1</aside></div>');
    expect(await get('/city/b')).toContain('<aside>latest v1</aside>');
    await s.settled();
    // The fragment alone is a body's content, no document around it, and not for search engines.
    const fragment = await fetch(`${s.url}/fragments/latest-news`);
    expect(await fragment.text()).toBe('<aside>latest v1</aside>');
    expect(fragment.headers.get('x-robots-tag')).toBe('noindex');
    sidebar = 2;
    s.cache.expire(['latest']);
    for (const path of ['/city/a', '/city/b']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.headers.get('x-front-cache')).toBe('HIT');
      const text = await res.text();
      expect(text).toContain('<aside>latest v2</aside>');
      expect(text).not.toContain('esi:include');
    }
    expect(pageRenders).toBe(2);
  });

  it('tells Varnish the tags and leaves the includes in for it, from memory and fresh; feeds carry their tags too', async () => {
    const s = await serverWith((req, res, slot) => {
      if (req.url === '/feeds/rss.xml') {
        slot!.tags = new Set(['all', 'feed']);
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 's-maxage=3600' });
        return res.end('<rss/>');
      }
      if (req.url === '/fragments/latest-news') {
        slot!.tags = new Set(['all', 'latest']);
        return html(res, NEXT_PAGE('<aside>latest</aside>'));
      }
      slot!.tags = new Set(['all', 'article:9', 'section:city']);
      html(res, NEXT_PAGE('<main>nine</main><esi:include src="/fragments/latest-news"/>'));
    });
    const varnish = { 'surrogate-capability': 'varnish=ESI/1.0' };
    for (const round of ['rendered', 'from memory']) {
      const res = await fetch(`${s.url}/city/nine`, { headers: varnish });
      const text = await res.text();
      expect([round, text.includes('<main>nine</main><esi:include src="/fragments/latest-news"/>'), res.headers.get('surrogate-control')]).toEqual([round, true, 'content="ESI/1.0"']);
      expect(res.headers.get('xkey')).toBe('all article:9 section:city');
      await s.settled();
    }
    // A reader straight at the instance gets the page assembled.
    const direct = await fetch(`${s.url}/city/nine`);
    expect(await direct.text()).toContain('<main>nine</main><aside>latest</aside>');
    expect(direct.headers.get('surrogate-control')).toBeNull();
    const feed = await fetch(`${s.url}/feeds/rss.xml`);
    expect([await feed.text(), feed.headers.get('xkey')]).toEqual(['<rss/>', 'all feed']);
  });

  it('gives no tags to what must not be cached in front: private, cookie-setting, untagged', async () => {
    const s = await serverWith((req, res, slot) => {
      if (req.url !== '/untagged') slot!.tags = new Set(['all', 'home']);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', req.url === '/private' ? 'private, no-store' : 's-maxage=3600');
      if (req.url === '/cookie') res.setHeader('set-cookie', 'a=b');
      res.end('<html><body>x</body></html>');
    });
    for (const path of ['/private', '/cookie', '/untagged']) {
      const res = await fetch(`${s.url}${path}`);
      await res.text();
      expect([path, res.headers.get('xkey')]).toEqual([path, null]);
    }
  });

  it('keeps a render declared shared (search) under its normalised query until a change expires it', async () => {
    const seen: string[] = [];
    let version = 1;
    const s = await serverWith((req, res, slot) => {
      seen.push(req.url ?? '');
      slot!.shared = true;
      slot!.tags = new Set(['all', 'search']);
      html(res, NEXT_PAGE(`<main>${req.url} v${version}</main>`), 'private, no-cache, no-store, max-age=0, must-revalidate');
    });
    expect(await (await fetch(`${s.url}/search?q=%20harbour%20%20wall&utm=1`)).text()).toContain('/search?q=harbour+wall v1');
    await s.settled();
    const again = await fetch(`${s.url}/search?q=harbour+wall`);
    expect(again.headers.get('x-front-cache')).toBe('HIT');
    version = 2;
    s.cache.expire(['search']);
    expect(await (await fetch(`${s.url}/search?q=harbour wall`)).text()).toContain('v2');
    // An empty or refused query is answered by the page itself, never stored.
    await fetch(`${s.url}/search?q=`);
    await s.settled();
    expect((await fetch(`${s.url}/search?q=`)).headers.get('x-front-cache')).toBeNull();
    expect(seen).toEqual(['/search?q=harbour+wall', '/search?q=harbour+wall', '/search?q=', '/search?q=']);
  });

  it('passes answers that are not HTML through as they are, and answers HEAD without a body', async () => {
    const s = await serverWith((req, res) => {
      if (req.url === '/city/data') {
        res.setHeader('content-type', 'application/json');
        return res.end('{"script":"<script>x</script>"}');
      }
      html(res, NEXT_PAGE('<main>m</main>'));
    });
    expect(await (await fetch(`${s.url}/city/data`)).text()).toBe('{"script":"<script>x</script>"}');
    const head = await fetch(`${s.url}/city/m`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('replaces Next’s script-drawn error shell with a real page', async () => {
    const s = await serverWith((_req, res) => {
      res.statusCode = 500;
      html(res, '<!DOCTYPE html><html id="__next_error__"><head></head><body><script src="/_next/static/chunks/e.js"></script></body></html>', 'private, no-store');
    });
    const res = await fetch(`${s.url}/city/broken`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain('This page can’t be shown right now');
    expect(text).toContain('The Test Times');
  });
});
