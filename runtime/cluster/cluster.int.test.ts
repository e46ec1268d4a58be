// Issue 12 (points 1, 2, 7, 8): Varnish (deploy/varnish/) in front of two production instances on
// the test database, started the way `npm run cluster` starts them. Real varnishd, loopback only.
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { revalidateSecret } from '@/features/cache/secret';
import { transitionArticle } from '@/db/mutations/articles';
import { commit, subscribe } from '@/lib/changes/pipeline';
import { articleUrlPath } from '@/lib/site';
import { cleanupArticles, createTestArticle, makeArticle } from '@/testing/fixtures';
import { cleanupStaff, createTestStaff, retireTestAdmins } from '@/testing/staff';
import { startCluster, type Cluster } from './cluster';
import { startVarnish, type RunningVarnish } from './varnish';

let cluster: Cluster | null = null;
/** A second Varnish in front of the first instance alone, with copies living 1 s without a purge (grace). */
let single: RunningVarnish | null = null;
let unsubscribe = () => undefined as void;
const timings: string[] = [];

async function startOnFreePorts(): Promise<Cluster> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    try {
      return await startCluster({
        port,
        instances: 2,
        env: { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: process.env.AUTH_SECRET!, ...(process.env.MEDIA_DIR ? { MEDIA_DIR: process.env.MEDIA_DIR } : {}) },
        startTimeoutMs: 150_000,
      });
    } catch (error) {
      lastError = error;
      if (!/in use/.test(String(error))) throw error;
    }
  }
  throw lastError;
}

beforeAll(async () => {
  cluster = await startOnFreePorts();
  // This file writes like a script pointed at the first instance (INTERNAL_APP_URL): that instance
  // purges Varnish as the change's request ends, and tells the other one, which purges again.
  const first = cluster.instances[0]!.url;
  unsubscribe = subscribe({
    name: 'cluster-instance-1',
    deliver: async (change) => {
      const res = await fetch(`${first}/api/internal/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidateSecret()!, origin: first },
        body: JSON.stringify({ tags: change.tags, reason: change.reason }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`instance 1 refused the change: HTTP ${res.status}`);
    },
  });
  const port = cluster.varnish.port + 10;
  single = await startVarnish({ port, backends: [{ name: 'app_1', host: '127.0.0.1', port: cluster.instances[0]!.port }], maxTtlSeconds: 1 });
}, 200_000);

afterAll(async () => {
  unsubscribe();
  if (timings.length) console.log(`[cluster test] ${timings.join('; ')}`);
  await single?.stop();
  await cluster?.stop();
  await cleanupArticles();
  await retireTestAdmins();
  await cleanupStaff();
  await closeConnection();
}, 60_000);

type Read = { status: number; headers: Headers; body: string };
async function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Read> {
  const res = await fetch(url, { headers, method, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: res.status, headers: res.headers, body: await res.text() };
}
const cacheOf = (r: Read) => r.headers.get('x-cache');

/**
 * Reads `url` until Varnish answers it from its cache. A change's purge reaches Varnish twice: from
 * the instance that committed it and, a moment later, from the other one after its own expiry; a
 * copy fetched in between is rightly purged by the second.
 */
async function cachedInVarnish(url: string): Promise<Read> {
  for (let i = 0; i < 100; i++) {
    const r = await get(url);
    if (cacheOf(r) === 'HIT') return r;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never came from Varnish's cache`);
}

/** Polls `read` until `fresh` holds; returns how long it took. Fails past `deadlineMs`. */
async function freshWithin(what: string, read: () => Promise<Read>, fresh: (r: Read) => boolean, since: number, deadlineMs: number): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const r = await read();
    if (fresh(r)) {
      const ms = Date.now() - since;
      timings.push(`${what} ${ms} ms`);
      return ms;
    }
    if (Date.now() - since > deadlineMs) throw new Error(`${what}: not fresh after ${Date.now() - since} ms (status ${r.status}, x-cache ${cacheOf(r)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not fresh after 400 reads`);
}

function latestNews(html: string): string {
  const start = html.indexOf('data-slot="latest-news"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</aside>', start));
}

describe.each([
  ['one instance', () => single!.url],
  ['two instances', () => cluster!.url],
])('Varnish in front of %s', (_name, door) => {
  it('serves a public page from its cache on the second read, cookies or not, without its tags', async () => {
    const story = await makeArticle('published');
    const path = articleUrlPath('city', story.slug);
    const first = await get(`${door()}${path}`);
    expect(first.status).toBe(200);
    // Copied into Varnish by a read (polled: the publish's second purge may land after the first read).
    await cachedInVarnish(`${door()}${path}`);
    const second = await get(`${door()}${path}`, { cookie: 'next-auth.session-token=someone; theme=dark' });
    expect(second.status).toBe(200);
    expect(cacheOf(second)).toBe('HIT');
    // A hit names two transactions: this one and the one that fetched the copy.
    expect(second.headers.get('x-varnish')).toMatch(/^\d+ \d+$/);
    expect(second.headers.get('age')).not.toBeNull();
    for (const r of [first, second]) {
      expect(r.headers.get('xkey')).toBeNull();
      expect(r.headers.get('surrogate-control')).toBeNull();
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    // The instance itself lists the tags (the story's own among them) for Varnish.
    const direct = await get(`${cluster!.instances[0]!.url}${path}`);
    expect(direct.headers.get('xkey')?.split(' ')).toEqual(expect.arrayContaining(['all', `article:${story.id}`]));
  });

  it('assembles Latest News into the article page (ESI) and caches the fragment as its own object', async () => {
    const story = await makeArticle('published');
    const page = await get(`${door()}${articleUrlPath('city', story.slug)}`);
    expect(page.body).not.toContain('esi:include');
    expect(latestNews(page.body)).toMatch(/data-story="\d+"/);
    // Asked for by Varnish, the instance leaves the include in for Varnish to fill.
    const forVarnish = await get(`${cluster!.instances[0]!.url}${articleUrlPath('city', story.slug)}`, { 'surrogate-capability': 'varnish=ESI/1.0' });
    expect(forVarnish.body).toContain('<esi:include src="/fragments/latest-news"/>');
    expect(forVarnish.headers.get('surrogate-control')).toBe('content="ESI/1.0"');
    await cachedInVarnish(`${door()}/fragments/latest-news`);
  });

  it('passes the newsroom, sign-in, the API, server actions and the client router', async () => {
    for (const [path, headers, method] of [
      ['/login', {}, 'GET'],
      ['/dashboard', {}, 'GET'],
      ['/api/health', {}, 'GET'],
      ['/', { rsc: '1' }, 'GET'],
      ['/', { 'next-router-prefetch': '1' }, 'GET'],
      ['/', { 'next-action': 'abc', origin: door(), 'content-type': 'text/plain' }, 'POST'],
    ] as const) {
      await get(`${door()}${path}`, headers, method);
      const again = await get(`${door()}${path}`, headers, method);
      expect([path, JSON.stringify(headers), cacheOf(again)]).toEqual([path, JSON.stringify(headers), 'PASS']);
    }
  });
});

describe('two instances behind Varnish', () => {
  it('show a published story through Varnish and on both instances within a second: homepage, story, another story’s Latest News, feed', async () => {
    const door = cluster!.url;
    const [one, two] = cluster!.instances.map((i) => i.url);
    const reader = await makeArticle('published');
    const readerPath = articleUrlPath('city', reader.slug);
    // Everything cached first, in Varnish and in both instances.
    for (const base of [door, one!, two!]) {
      for (const p of ['/', readerPath, '/feeds/rss.xml']) {
        await get(`${base}${p}`);
        await get(`${base}${p}`);
      }
    }
    await cachedInVarnish(`${door}/`);

    const title = `Cluster freshness ${Date.now().toString(36)}`;
    const story = await createTestArticle({ title });
    const since = Date.now();
    await commit(transitionArticle(story.id, { to: 'published' }, { editorId: null }));
    timings.push(`publish answered ${Date.now() - since} ms`);
    const storyPath = articleUrlPath('city', story.slug);
    const shows = (r: Read) => r.status === 200 && r.body.includes(title);
    const checks: [string, () => Promise<Read>, (r: Read) => boolean][] = [
      ['Varnish homepage', () => get(`${door}/`), shows],
      ['Varnish story', () => get(`${door}${storyPath}`), shows],
      ['Varnish Latest News on another story', () => get(`${door}${readerPath}`), (r) => r.status === 200 && latestNews(r.body).includes(title)],
      ['Varnish feed', () => get(`${door}/feeds/rss.xml`), shows],
      ['instance 1 homepage', () => get(`${one}/`), shows],
      ['instance 2 homepage', () => get(`${two}/`), shows],
      ['instance 1 Latest News', () => get(`${one}${readerPath}`), (r) => r.status === 200 && latestNews(r.body).includes(title)],
      ['instance 2 Latest News', () => get(`${two}${readerPath}`), (r) => r.status === 200 && latestNews(r.body).includes(title)],
      ['instance 2 feed', () => get(`${two}/feeds/rss.xml`), shows],
    ];
    // Each polled on its own, so each time is when that page turned fresh.
    const times = await Promise.all(checks.map(([what, read, fresh]) => freshWithin(what, read, fresh, since, 1000)));
    expect(Math.max(...times)).toBeLessThanOrEqual(1000);
    // And it stays: Varnish did not keep an old copy fetched while an instance was still expiring.
    for (const [what, read, fresh] of checks.slice(0, 4)) expect([what, fresh(await read())]).toEqual([what, true]);
  });

  it('run a server action posted to the other instance than the one that rendered its page (signed in through Varnish)', async () => {
    const password = 'tidal-river-lantern-42';
    // An administrator: with none, /login offers the first-admin setup instead of signing in.
    const staff = await createTestStaff('admin', { password });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage({ baseURL: cluster!.url });
      await page.goto('/login');
      await page.getByLabel('Email').fill(staff.email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/dashboard$/, { timeout: 15_000 });
      // Round robin sends consecutive requests to alternating instances: a request of our own
      // between page and action on every other try moves the action to the other one.
      for (let attempt = 1; attempt <= 8; attempt++) {
        const document = await page.goto('/dashboard/profile');
        const renderedBy = document!.headers()['x-served-by'];
        if (attempt % 2 === 0) await get(`${cluster!.url}/api/health`);
        const name = `Crossing ${attempt} ${Date.now().toString(36)}`;
        await page.getByLabel('Name', { exact: true }).fill(name);
        const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined);
        await page.getByRole('button', { name: 'Save profile' }).click();
        const action = await posted;
        await page.getByRole('status').filter({ hasText: 'Profile saved' }).waitFor({ timeout: 10_000 });
        const answeredBy = action.headers()['x-served-by'];
        expect(renderedBy).toMatch(/^app-[12]$/);
        expect(answeredBy).toMatch(/^app-[12]$/);
        if (renderedBy !== answeredBy) {
          timings.push(`server action rendered by ${renderedBy}, posted to ${answeredBy} (try ${attempt})`);
          return;
        }
      }
      throw new Error('every server action went to the instance that rendered its page');
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('keep answering when one instance is killed under load: cached pages all 200, uncached ones ≤ 1 % errors', async () => {
    const door = cluster!.url;
    const story = await makeArticle('published');
    const path = articleUrlPath('city', story.slug);
    await cachedInVarnish(`${door}${path}`);
    const tally = { cached: { ok: 0, failed: 0 }, uncached: { ok: 0, failed: 0 } };
    let n = 0;
    const until = Date.now() + 6000;
    const worker = async () => {
      for (let i = 0; i < 2000 && Date.now() < until; i++) {
        // A query string Varnish has never seen is a miss there; the instance's canonical URL keeps it cheap.
        const kind = i % 2 === 0 ? 'cached' : 'uncached';
        const url = kind === 'cached' ? `${door}${path}` : `${door}${path}?v=${n++}`;
        try {
          const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
          await r.arrayBuffer();
          tally[kind][r.status === 200 ? 'ok' : 'failed']++;
        } catch {
          tally[kind].failed++;
        }
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await new Promise((r) => setTimeout(r, 1000));
    await cluster!.instances[1]!.stop('SIGKILL');
    await load;
    timings.push(`kill under load: ${JSON.stringify(tally)}`);
    expect(tally.cached.failed).toBe(0);
    expect(tally.cached.ok).toBeGreaterThan(50);
    expect(tally.uncached.ok).toBeGreaterThan(50);
    expect(tally.uncached.failed / (tally.uncached.ok + tally.uncached.failed)).toBeLessThanOrEqual(0.01);
    // The survivor serves what Varnish had not cached.
    const after = await get(`${door}${path}?v=after`);
    expect([after.status, after.headers.get('x-served-by')]).toEqual([200, cluster!.instances[0]!.id]);
  }, 40_000);

  it('serve a cached page while every instance is down (grace), but not after a purge', async () => {
    const door = single!.url;
    const title = `Grace ${Date.now().toString(36)}`;
    const story = await makeArticle('published', { title });
    const path = articleUrlPath('city', story.slug);
    await cachedInVarnish(`${door}${path}`);
    await cluster!.instances[0]!.stop();
    // Sick once the health probe has failed twice; then the request has nowhere to go.
    for (let i = 0; ; i++) {
      if ((await get(`${door}/api/health`)).status === 503) break;
      if (i > 100) throw new Error('Varnish never noticed the instance was down');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Past its 1 s TTL: only grace can answer now.
    let stale: Read | null = null;
    for (let i = 0; i < 100; i++) {
      stale = await get(`${door}${path}`);
      if (Number(stale.headers.get('age')) >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([stale!.status, Number(stale!.headers.get('age')) >= 2]).toEqual([200, true]);
    expect(stale!.body).toContain(title);

    const purge = await get(`${door}/`, { xkey: `article:${story.id}` }, 'PURGE');
    expect([purge.status, /Purged [1-9]/.test(purge.body)]).toEqual([200, true]);
    expect((await get(`${door}${path}`)).status).toBe(503);
  }, 40_000);
});
