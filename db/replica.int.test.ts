// Issue 12 point 6: with DATABASE_REPLICA_URL, lag-tolerant reads go to a real streaming replica,
// and no cache hears of a change before the replica has replayed it. Runs its own primary and
// replica clusters (testing/replica-cluster.ts) and its own app instance against them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { createArticle, transitionArticle } from '@/db/mutations/articles';
import { createSection } from '@/db/mutations/sections';
import { upsertByline } from '@/db/mutations/users';
import { listNewsroomArticles, type NewsroomListQuery } from '@/db/queries/newsroom-articles';
import { getFeedArticles } from '@/db/queries/public-articles';
import { searchPublishedArticles } from '@/db/queries/search';
import { recentlyPublished } from '@/db/queries/sitemaps';
import { runMigrations } from '@/db/migrate';
import { expireInRunningApp } from '@/features/cache/remote-expiry';
import { mergeChanges, type Change } from '@/lib/changes/change';
import { commit } from '@/lib/changes/pipeline';
import { rereadEnv } from '@/lib/env';
import { freePort, startApp, type AppProcess } from '@/testing/app-process';
import { articleFields } from '@/testing/fixtures';
import { startReplicatedClusters, type ReplicatedClusters } from '@/testing/replica-cluster';
import { waitUntil } from '@/testing/wait';

/** The app's fence: long enough to see it wait on a slow shared machine, short enough to see it give up. */
const FENCE_MS = 3000;
const SWAPPED = ['DATABASE_URL', 'DATABASE_REPLICA_URL', 'INTERNAL_APP_URL'] as const;
const saved = new Map<string, string | undefined>();

let clusters: ReplicatedClusters | null = null;
let app: AppProcess | null = null;
let counter = 0;

function cluster(): ReplicatedClusters {
  if (!clusters) throw new Error('the replicated clusters did not start');
  return clusters;
}

function appUrl(): string {
  if (!app) throw new Error('the app did not start');
  return app.url;
}

beforeAll(async () => {
  clusters = await startReplicatedClusters();
  await runMigrations(clusters.primaryUrl);
  app = await startApp({
    DATABASE_URL: clusters.primaryUrl,
    DATABASE_REPLICA_URL: clusters.replicaUrl,
    DATABASE_REPLICA_WAIT_MS: String(FENCE_MS),
    PORT: String(await freePort()),
  });
  // This file's own writes and routed reads go to these clusters, and its changes to this app.
  for (const name of SWAPPED) saved.set(name, process.env[name]);
  process.env.DATABASE_URL = clusters.primaryUrl;
  process.env.DATABASE_REPLICA_URL = clusters.replicaUrl;
  process.env.INTERNAL_APP_URL = app.url;
  rereadEnv();
  await commit(createSection({ name: 'City', slug: 'city', description: '' }));
  await upsertByline({ name: 'Replica Reporter', slug: 'replica-reporter', email: 'replica@example.org', role: 'author', bio: '' });
}, 180_000);

afterAll(async () => {
  try {
    await closeConnection();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rereadEnv();
    const stopped = await app?.stop();
    if (stopped && stopped.code !== 0) console.error(`[replica test] the app exited with ${stopped.code}:\n${app?.output().slice(-4000)}`);
    await clusters?.stop();
  }
}, 90_000);

/** A word no other story contains, so search and listings can be asked about one story. */
function token(): string {
  counter += 1;
  return `zanzibarquill${counter}x${Date.now().toString(36)}`;
}

/**
 * Creates and publishes a story without announcing it: what a replica serves can then be told
 * apart from what the primary holds. Returns its change for the test to announce.
 */
async function publishQuietly(word: string): Promise<{ id: number; slug: string; change: Change }> {
  const fields = await articleFields({ title: `Harbour ${word} report`, body: `<p>The ${word} crossing reopened.</p>` });
  const created = await createArticle(fields, { editorId: null });
  const published = await transitionArticle(created.id, { to: 'published' }, { editorId: null });
  return { id: created.id, slug: fields.slug, change: mergeChanges(created.change, published.change) };
}

async function onReplica(id: number): Promise<boolean> {
  return (await cluster().query<{ n: number }>('replica', 'select count(*)::int as n from articles where id = $1', [id]))[0]!.n === 1;
}

async function page(path: string): Promise<string> {
  const res = await fetch(`${appUrl()}${path}`, { signal: AbortSignal.timeout(20_000) });
  expect(res.status, path).toBe(200);
  return res.text();
}

const newsroomQuery: NewsroomListQuery = { tab: 'published', sort: 'published-desc', page: 1, pageSize: 50 };

describe('read replica', () => {
  it('is a hot standby streaming from the primary', async () => {
    const [standby] = await cluster().query<{ recovering: boolean }>('replica', 'select pg_is_in_recovery() as recovering');
    expect(standby!.recovering).toBe(true);
    const [primary] = await cluster().query<{ recovering: boolean }>('primary', 'select pg_is_in_recovery() as recovering');
    expect(primary!.recovering).toBe(false);
    const senders = await cluster().query<{ state: string }>('primary', 'select state from pg_stat_replication');
    expect(senders.map((s) => s.state)).toEqual(['streaming']);
  });

  it('serves search, feeds and sitemaps from the replica, and the newsroom list from whichever has its writes', async () => {
    await cluster().caughtUp();
    await cluster().pauseReplay();
    let story: Awaited<ReturnType<typeof publishQuietly>> | null = null;
    try {
      const word = token();
      story = await publishQuietly(word);
      expect(await onReplica(story.id)).toBe(false);
      // The replica's old answer, though the primary has the story: these reads went to the replica.
      expect((await searchPublishedArticles(word, 1, 10)).items).toEqual([]);
      expect((await getFeedArticles({ kind: 'all' }, 50)).map((a) => a.id)).not.toContain(story.id);
      expect((await recentlyPublished(48, 1000)).map((a) => a.id)).not.toContain(story.id);
      // So did the running app's search page, rendered for a query nobody asked before.
      expect(await page(`/search?q=${word}`)).not.toContain(story.slug);
      // The newsroom list must show writes already made: with the replica behind, it reads the primary.
      expect((await listNewsroomArticles(newsroomQuery)).items.map((a) => a.id)).toContain(story.id);
    } finally {
      await cluster().resumeReplay();
    }
    const shown = story!;
    await cluster().caughtUp();
    // Once the replica holds what the primary held when the list began, the list reads the replica.
    const before = new Date();
    await waitUntil(
      async () => {
        const items = (await listNewsroomArticles(newsroomQuery)).items.map((a) => a.id);
        if (!items.includes(shown.id)) throw new Error('the newsroom list lost a story it had already shown');
        const ran = await cluster().query<{ n: number }>(
          'replica',
          `select count(*)::int as n from pg_stat_activity where pid <> pg_backend_pid() and query like '%"last_editor"%' and query_start >= $1`,
          [before],
        );
        return ran[0]!.n > 0;
      },
      { what: 'the newsroom list to be read from the caught-up replica', timeoutMs: 15_000, intervalMs: 100 },
    );
    await expireInRunningApp(shown.change, { required: true });
  });

  it('tells the caches of a change only once the replica has replayed it, and pages rendered after show it', async () => {
    const word = token();
    // Cached before the change: the feed and a stored search page for the word.
    expect(await page('/feeds/rss.xml')).toBeDefined();
    expect(await page(`/search?q=${word}`)).not.toContain('Harbour');
    await cluster().caughtUp();
    await cluster().pauseReplay();
    let settled = false;
    let announced: Promise<number> | null = null;
    let story: Awaited<ReturnType<typeof publishQuietly>> | null = null;
    try {
      story = await publishQuietly(word);
      const startedAt = new Date();
      const began = Date.now();
      announced = expireInRunningApp(story.change, { required: true }).then(() => {
        settled = true;
        return Date.now() - began;
      });
      // The app's fence is asking the replica how far it has replayed, and the announcement waits.
      await waitUntil(
        async () =>
          (
            await cluster().query<{ n: number }>(
              'replica',
              `select count(*)::int as n from pg_stat_activity where pid <> pg_backend_pid() and query like '%pg_last_wal_replay_lsn()::text as lsn%' and query_start >= $1`,
              [startedAt],
            )
          )[0]!.n > 0,
        { what: "the app's fence to poll the replica", timeoutMs: 10_000, intervalMs: 20 },
      );
      expect(settled).toBe(false);
    } finally {
      await cluster().resumeReplay();
    }
    const took = await announced!;
    expect(took).toBeLessThan(FENCE_MS);
    expect(app!.output()).not.toContain('read replica set aside');
    const published = story!;
    expect(await page('/feeds/rss.xml')).toContain(published.slug);
    expect(await page(`/search?q=${word}`)).toContain(published.slug);
  });

  it('gives up waiting after DATABASE_REPLICA_WAIT_MS, reads the primary until the replica catches up, then the replica again', async () => {
    const word = token();
    expect(await page('/news-sitemap.xml')).toBeDefined();
    await cluster().caughtUp();
    await cluster().pauseReplay();
    let story: Awaited<ReturnType<typeof publishQuietly>> | null = null;
    try {
      story = await publishQuietly(word);
      const began = Date.now();
      await expireInRunningApp(story.change, { required: true });
      expect(Date.now() - began).toBeGreaterThanOrEqual(FENCE_MS - 50);
      expect(app!.output()).toContain('read replica set aside');
      // The replica still lacks the story, yet no page rendered now is without it: they read the primary.
      expect(await onReplica(story.id)).toBe(false);
      expect(await page('/feeds/rss.xml')).toContain(story.slug);
      expect(await page('/news-sitemap.xml')).toContain(story.slug);
      expect(await page(`/search?q=${word}`)).toContain(story.slug);
    } finally {
      await cluster().resumeReplay();
    }
    await waitUntil(() => app!.output().includes('read replica caught up'), { what: 'the app to take the replica back', timeoutMs: 10_000, intervalMs: 50 });

    // Back on the replica: with replay paused again, a fresh search shows the replica's old answer.
    await cluster().caughtUp();
    await cluster().pauseReplay();
    try {
      const later = token();
      const unseen = await publishQuietly(later);
      expect(await page(`/search?q=${later}`)).not.toContain(unseen.slug);
      await cluster().resumeReplay();
      await expireInRunningApp(unseen.change, { required: true });
      expect(await page(`/search?q=${later}`)).toContain(unseen.slug);
    } finally {
      await cluster().resumeReplay();
    }
  });
});
