import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HourlyRow } from '@/lib/analytics/tally';
import { createViewCounter, type ViewCounter } from './view-counter';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let server: http.Server | null = null;
let counter: ViewCounter | null = null;

async function start(write: (rows: HourlyRow[], refresh: boolean) => Promise<unknown>) {
  counter = createViewCounter({ appUrl: 'http://127.0.0.1:1', flushMs: 3_600_000, refreshMs: 3_600_000, write });
  const c = counter;
  server = http.createServer((req, res) => {
    if (!c.handle(req, res, (req.url ?? '/').split('?')[0]!)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await counter?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
  counter = null;
});

describe('view beacon', () => {
  it('answers a no-store GIF without a cookie and counts a reader once, bots and opted-out readers not at all', async () => {
    const batches: HourlyRow[][] = [];
    const base = await start(async (rows) => batches.push(rows));
    const hit = (headers: Record<string, string>, path = '/v/7.gif') => fetch(`${base}${path}`, { headers });

    const res = await hit({ 'user-agent': CHROME });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 6).toString()).toBe('GIF89a');

    await hit({ 'user-agent': CHROME });
    const notCounted: Record<string, string>[] = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'user-agent': '' },
      { 'user-agent': CHROME, dnt: '1' },
      { 'user-agent': CHROME, 'sec-gpc': '1' },
      { 'user-agent': CHROME, 'sec-purpose': 'prefetch' },
      { 'user-agent': CHROME, cookie: 'theme=dark; next-auth.session-token=abc' },
    ];
    for (const headers of notCounted) {
      const refused = await hit(headers);
      // Not counted, but answered the same way: nothing tells a bot it was spotted.
      expect(refused.status).toBe(200);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    await hit({ 'user-agent': CHROME }, '/v/8.gif');

    await counter!.flush();
    expect(batches).toHaveLength(1);
    const rows = batches[0]!.sort((a, b) => a.articleId - b.articleId);
    expect(rows.map(({ articleId, views, visitors }) => ({ articleId, views, visitors }))).toEqual([
      { articleId: 7, views: 2, visitors: 1 },
      { articleId: 8, views: 1, visitors: 1 },
    ]);
    // Only counts leave the process.
    expect(Object.keys(rows[0]!).sort()).toEqual(['articleId', 'hour', 'views', 'visitors']);
  });

  it('writes many views as one batch and keeps a failed batch for the next write', async () => {
    const batches: HourlyRow[][] = [];
    let fail = true;
    const base = await start(async (rows) => {
      if (fail) throw new Error('database away');
      batches.push(rows);
    });
    await Promise.all(Array.from({ length: 50 }, () => fetch(`${base}/v/3.gif`, { headers: { 'user-agent': CHROME } })));
    await expect(counter!.flush()).rejects.toThrow('database away');
    fail = false;
    await counter!.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!).toHaveLength(1);
    expect(batches[0]![0]!.views).toBe(50);
  });

  it('leaves other paths alone and refuses methods that are not GET or HEAD', async () => {
    const base = await start(async () => null);
    expect((await fetch(`${base}/v/abc.gif`)).status).toBe(404);
    expect((await fetch(`${base}/v/1.gif`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(counter!.pending()).toBe(0);
  });
});
