import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_FOUND_PATH } from '@/lib/routing/public-urls';
import { notFoundPage, rewriteNotFound, type NotFoundPage } from './not-found-rewrite';

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
const SITE_404 = '<!DOCTYPE html><html lang="en-GB"><body><header>The Chronicle</header><h1>We can’t find that page</h1></body></html>';

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** Stands in for Next: pages answer 404 with the empty shell (gzipped, as Next compresses), NOT_FOUND_PATH with the real page. */
async function server(page: (origin: string) => NotFoundPage) {
  let origin = '';
  let fetches = 0;
  const source = () => page(origin);
  let shared: NotFoundPage | null = null;
  const srv = http.createServer((req, res) => {
    shared ??= source();
    rewriteNotFound(req, res, shared);
    const path = req.url ?? '/';
    if (path === NOT_FOUND_PATH) {
      fetches++;
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(SITE_404);
    }
    if (path.startsWith('/feeds/')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('No such feed.');
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cache-control', 's-maxage=3600');
    res.statusCode = path === '/found' ? 200 : 404;
    const body = gzipSync(path === '/found' ? '<html>a story</html>' : SHELL);
    res.write(body.subarray(0, 10));
    res.end(body.subarray(10));
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return { origin, fetches: () => fetches };
}

describe('rewriteNotFound', () => {
  it('answers a page’s 404 with the site’s not-found page, keeping status and headers, fetched once', async () => {
    const s = await server((origin) => notFoundPage(() => origin));
    for (const path of ['/city/no-such-story', '/author/nobody']) {
      const res = await fetch(`${s.origin}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(SITE_404);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('s-maxage=3600');
    }
    expect(s.fetches()).toBe(1);
    const head = await fetch(`${s.origin}/city/gone`, { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(SITE_404));
  });

  it('leaves 200s, non-HTML 404s, client-router requests and the newsroom alone', async () => {
    const s = await server((origin) => notFoundPage(() => origin));
    expect(await (await fetch(`${s.origin}/found`)).text()).toBe('<html>a story</html>');
    expect(await (await fetch(`${s.origin}/feeds/section/nope/rss.xml`)).text()).toBe('No such feed.');
    expect(await (await fetch(`${s.origin}/city/gone`, { headers: { rsc: '1' } })).text()).toBe(SHELL);
    expect(await (await fetch(`${s.origin}/dashboard/articles/999`)).text()).toBe(SHELL);
    expect(s.fetches()).toBe(0);
  });

  it('sends what Next made when the page cannot be had, and forgets the page on a flush', async () => {
    let available = false;
    const s = await server((origin) => {
      const real = notFoundPage(() => origin);
      return { html: () => (available ? real.html() : Promise.resolve(null)), forget: real.forget };
    });
    const res = await fetch(`${s.origin}/city/gone`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(SHELL);
    available = true;
    expect(await (await fetch(`${s.origin}/city/gone`)).text()).toBe(SITE_404);

    const page = notFoundPage(() => s.origin);
    await page.html();
    await page.html();
    page.forget();
    await page.html();
    expect(s.fetches()).toBe(3);
  });
});
