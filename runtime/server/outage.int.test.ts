import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '@/testing/app-process';
import { startTcpProxy, type TcpProxy } from '@/testing/tcp-proxy';
import { waitUntil } from '@/testing/wait';

// A second app instance whose database connection runs through a proxy the test can cut.
let proxy: TcpProxy;
let app: AppProcess;
let articlePaths: string[] = [];

beforeAll(async () => {
  const db = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: db.hostname, port: Number(db.port || 5432) });
  db.hostname = '127.0.0.1';
  db.port = String(proxy.port);
  app = await startApp({ DATABASE_URL: db.toString(), DB_CONNECT_TIMEOUT_MS: '2000' });
  const latest = await (await fetch(`${app.url}/latest`)).text();
  articlePaths = [...latest.matchAll(/<h2[^>]*><a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
});

async function get(path: string) {
  const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('when the database goes away', () => {
  it('keeps serving cached pages, answers 503 with Retry-After elsewhere, and recovers by itself', async () => {
    const cached = ['/', articlePaths[0]!, '/latest'];
    for (const path of cached) {
      await get(path);
      expect((await get(path)).status, path).toBe(200);
    }
    const uncached = articlePaths[5]!;

    proxy.cut();

    // Readers under load: 20 concurrent loops over the cached pages for 3 seconds, and for as long
    // as a slow machine needs to make at least 60 requests (within a generous bound).
    const statuses: number[] = [];
    const until = Date.now() + 3000;
    const bound = Date.now() + 30_000;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        while ((Date.now() < until || statuses.length < 60) && Date.now() < bound) statuses.push((await get(cached[i % cached.length]!)).status);
      }),
    );
    expect(statuses.length).toBeGreaterThanOrEqual(60);
    expect(statuses.every((s) => s === 200)).toBe(true);

    // The server notices by itself (a probe every second); wait for it rather than assume it has.
    await waitUntil(async () => (await get('/api/health')).status === 503, { what: 'the health check to report the outage', timeoutMs: 30_000 });
    const page = await get(uncached);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(page.body).toContain('This page can’t be shown right now');
    expect(page.body).not.toMatch(/at \w+ \(|ECONNREFUSED|node_modules/);

    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ database: 'unreachable' });

    await proxy.restore();
    await waitUntil(async () => (await get('/api/health')).status === 200 && (await get(uncached)).status === 200, {
      what: 'the app to recover once the database is back',
      timeoutMs: 60_000,
    });
    expect((await get(uncached)).body).toContain('Latest News');
  }, 150_000);
});
