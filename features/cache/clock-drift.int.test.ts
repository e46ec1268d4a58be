import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { transitionArticle } from '@/db/mutations/articles';
import { commit, subscribe } from '@/lib/changes/pipeline';
import { articleUrlPath } from '@/lib/site';
import { startApp, type AppProcess } from '@/testing/app-process';
import { cleanupArticles, makeArticle } from '@/testing/fixtures';
import { revalidateSecret } from './secret';

// A server whose wall clock runs 75 s ahead of its monotonic clock, as after a paused VM. Next
// stamps expiry with one clock and checks it with the other; a take-down must still be immediate.
const AHEAD_MS = 75_000;
let app: AppProcess;
let unsubscribe = () => undefined as void;

beforeAll(async () => {
  app = await startApp({ CLOCK_AHEAD_MS: String(AHEAD_MS) }, { preload: ['testing/clock-ahead.mjs'] });
  // This test's writes reach the second server the way a change reaches any app: its internal route.
  unsubscribe = subscribe({
    name: 'drifting-app',
    async deliver(change) {
      const res = await fetch(`${app.url}/api/internal/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidateSecret()!, origin: app.url },
        body: JSON.stringify({ tags: change.tags, reason: change.reason }),
      });
      if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
    },
  });
}, 120_000);

afterAll(async () => {
  unsubscribe();
  await cleanupArticles();
  await app?.stop();
  await closeConnection();
});

describe('a server whose wall clock runs ahead of its monotonic clock', () => {
  it('reports the drift and the correction in /api/health', async () => {
    const health = (await (await fetch(`${app.url}/api/health`)).json()) as { clock: { driftMs: number; correctedMs: number } };
    expect(health.clock.driftMs).toBeGreaterThan(AHEAD_MS - 1000);
    expect(Math.abs(health.clock.correctedMs - health.clock.driftMs)).toBeLessThan(100);
  });

  it('takes an unpublished story down on the very next request, and shows a publish at once', async () => {
    const story = await makeArticle('published', { title: `Drift story ${Date.now()}` });
    const path = articleUrlPath('city', story.slug);
    const get = (p: string) => fetch(`${app.url}${p}`);
    expect((await get(path)).status).toBe(200);
    // Served from the caches now.
    expect((await get(path)).status).toBe(200);
    const home = await (await get('/')).text();
    expect(home).toContain(story.slug);

    await commit(transitionArticle(story.id, { to: 'draft' }, { editorId: null }));
    expect((await get(path)).status).toBe(404);
    expect(await (await get('/')).text()).not.toContain(story.slug);

    await commit(transitionArticle(story.id, { to: 'published' }, { editorId: null }));
    expect((await get(path)).status).toBe(200);
    expect(await (await get('/')).text()).toContain(story.slug);
  });
});
