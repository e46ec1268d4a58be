import { and, eq } from 'drizzle-orm';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { CHANGE_CHANNEL, listenerApplicationName } from '@/db/change-channel';
import { runMigrations } from '@/db/migrate';
import { transitionArticle } from '@/db/mutations/articles';
import { upsertSection } from '@/db/mutations/taxonomy';
import { upsertByline } from '@/db/mutations/users';
import { auditLog } from '@/db/schema';
import { decodeChange, encodeChange, type Received } from '@/lib/changes/broadcast-payload';
import { commit } from '@/lib/changes/pipeline';
import { setRuntimeEnv } from '@/lib/env';
import { articleUrlPath } from '@/lib/site';
import { freePort, startApp, type AppProcess } from '@/testing/app-process';
import { makeArticle } from '@/testing/fixtures';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/testing/throwaway-db';
import { waitUntil } from '@/testing/wait';

/**
 * Issue 12 point 3: two production instances of one build on one PostgreSQL database. A change
 * committed through one is on the other's pages within a second; the scheduler publishes once;
 * a restart of one leaves the other's caches alone; a lost LISTEN connection is noticed, every
 * page re-expired, and later changes arrive again.
 */
const A_ID = 'bcast-a';
const B_ID = 'bcast-b';
let database: ThrowawayDatabase | null = null;
let a: AppProcess | null = null;
let b: AppProcess | null = null;
let aEnv: Record<string, string> = {};
/** Every notification on the channel, as this test's own listener heard it. */
const heard: Received[] = [];
let listener: Client | null = null;
let sentinels = 0;

beforeAll(async () => {
  database = await createThrowawayDatabase('bcast');
  if (database.kind !== 'postgres') throw new Error('the broadcast test needs a PostgreSQL server (LISTEN/NOTIFY across processes)');
  await runMigrations(database.url);
  const [portA, portB] = [await freePort(), await freePort()];
  // This file's writes go to the new database and are announced to instance A, as a script's would.
  setRuntimeEnv({ DATABASE_URL: database.url, INTERNAL_APP_URL: `http://127.0.0.1:${portA}` });
  await closeConnection();
  // Just what stories need (the demo seed's illustrations take minutes on a busy machine).
  await upsertSection({ name: 'City', slug: 'city', description: 'City news', position: 0 });
  await upsertByline({ name: 'Test Writer', slug: 'test-writer', email: 'writer@test.invalid', role: 'author', bio: '' });

  listener = new Client({ connectionString: database.url });
  listener.on('error', () => undefined);
  listener.on('notification', (message) => {
    const decoded = decodeChange(message.payload ?? '');
    if (decoded.ok) heard.push(decoded.received);
  });
  await listener.connect();
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);

  aEnv = { DATABASE_URL: database.url, INSTANCE_ID: A_ID, PORT: String(portA) };
  [a, b] = await Promise.all([startApp(aEnv), startApp({ DATABASE_URL: database.url, INSTANCE_ID: B_ID, PORT: String(portB) })]);
  await waitUntil(() => ready(a!) && ready(b!), { what: 'both instances past their start-up expiry', timeoutMs: 30_000 });
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await listener?.end().catch(() => undefined);
  await closeConnection();
  await database?.drop();
}, 60_000);

const ready = (app: AppProcess) => app.output().includes('is ready on');
const get = (app: AppProcess, path: string) => fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(10_000) });

/**
 * Sends a change of this test's own through the channel and waits until the test's listener hears
 * it: PostgreSQL delivers notifications in commit order, so everything committed before (an
 * instance's send included) has been heard by then.
 */
async function drainChannel(): Promise<void> {
  const tag = `sentinel:${++sentinels}`;
  const [payload] = encodeChange({ tags: [tag], reason: 'test sentinel' }, { instance: 'test', boot: 'test' });
  await listener!.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, payload]);
  await waitUntil(() => heard.some((h) => h.change.tags.includes(tag)), { what: `the sentinel ${tag}`, timeoutMs: 10_000, intervalMs: 20 });
}

async function published(title: string) {
  const draft = await makeArticle('draft', { title });
  return { draft, path: articleUrlPath('city', draft.slug) };
}

/** Polls `app` until `path` shows the story (or stops showing it); returns how long it took. */
async function freshWithin(app: AppProcess, checks: { path: string; shows: (status: number, html: string) => boolean }[], timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  await waitUntil(
    async () => {
      for (const check of checks) {
        const res = await get(app, check.path);
        if (!check.shows(res.status, await res.text())) return false;
      }
      return true;
    },
    { what: `fresh pages on ${app.url}`, timeoutMs, intervalMs: 25 },
  );
  return Date.now() - started;
}

describe('two instances on one database', () => {
  it('a story published through A is on B’s homepage and story page within a second, sent once and never sent back', async () => {
    const { draft, path } = await published(`Broadcast story ${Date.now()}`);
    // B holds both pages in its caches: its 404 for the story and a homepage without it.
    for (let i = 0; i < 2; i++) {
      expect((await get(b!, path)).status).toBe(404);
      expect(await (await get(b!, '/')).text()).not.toContain(draft.slug);
    }
    const heardBefore = heard.length;
    // Announced to A's internal route, as a script's write would be.
    await commit(transitionArticle(draft.id, { to: 'published' }, { editorId: null }));
    const ms = await freshWithin(b!, [
      { path, shows: (status) => status === 200 },
      { path: '/', shows: (_s, html) => html.includes(draft.slug) },
    ]);
    console.log(`[bcast test] published through A, fresh on B after ${ms} ms`);
    expect(ms).toBeLessThan(1000);

    const page = await get(b!, path);
    expect(page.headers.get('x-served-by')).toBe(B_ID);
    expect((await get(a!, path)).headers.get('x-served-by')).toBe(A_ID);

    await drainChannel();
    const sent = heard.slice(heardBefore).filter((h) => h.sender.instance !== 'test');
    // Once by A (not again through A's internal route), and B relays without sending.
    expect(sent.map((h) => h.sender.instance)).toEqual([A_ID]);
    expect(sent[0]!.change.tags).toContain(`article:${draft.id}`);
  });

  it('names the instance on refusals, errors and front-cache hits too', async () => {
    const refused = await fetch(`${b!.url}/api/internal/revalidate`, { method: 'POST', headers: { origin: b!.url, 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-served-by')).toBe(B_ID);
    const missing = await get(b!, '/no-such-page-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-served-by')).toBe(B_ID);
    await get(b!, '/');
    const hit = await get(b!, '/');
    expect(hit.headers.get('x-front-cache')).toBe('HIT');
    expect(hit.headers.get('x-served-by')).toBe(B_ID);
  });

  it('the scheduler publishes a due story exactly once with both instances’ schedulers running', async () => {
    const { draft, path } = await published(`Scheduled story ${Date.now()}`);
    await commit(transitionArticle(draft.id, { to: 'scheduled', at: new Date(Date.now() + 2500) }, { editorId: null }));
    // Both serve it once it is out, whichever published it.
    await freshWithin(a!, [{ path, shows: (status) => status === 200 }], 20_000);
    await freshWithin(b!, [{ path, shows: (status) => status === 200 }], 5000);
    // Once it is out, no scheduler can claim it again (SKIP LOCKED, then no longer 'scheduled'),
    // so a double publish would already show here.
    const publishes = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.scheduled_publish'), eq(auditLog.targetId, String(draft.id))));
    expect(publishes).toHaveLength(1);
    const logged = `${a!.output()}${b!.output()}`.split('\n').filter((line) => line.includes('[scheduler] published') && line.includes(String(draft.id)));
    expect(logged).toHaveLength(1);
  });

  it('restarting A leaves B’s cached pages alone (its start-up expiry stays in its own process)', async () => {
    const { draft, path } = await published(`Restart story ${Date.now()}`);
    await commit(transitionArticle(draft.id, { to: 'published' }, { editorId: null }));
    await freshWithin(b!, [{ path, shows: (status) => status === 200 }]);
    for (const p of ['/', path]) {
      await get(b!, p);
      expect((await get(b!, p)).headers.get('x-nextjs-cache')).toBe('HIT');
    }
    const heardBefore = heard.length;
    await a!.stop();
    a = await startApp(aEnv);
    await waitUntil(() => ready(a!), { what: 'A past its start-up expiry', timeoutMs: 30_000 });
    await drainChannel();
    expect(heard.slice(heardBefore).filter((h) => h.sender.instance === A_ID)).toEqual([]);
    // Still B's cached copies (a fresh render would say MISS), whether its front cache or Next's served them.
    for (const p of ['/', path]) expect((await get(b!, p)).headers.get('x-nextjs-cache')).toBe('HIT');
  }, 90_000);

  it('a terminated LISTEN connection is noticed: B expires every page, listens again and hears later changes', async () => {
    const admin = new Client({ connectionString: database!.url });
    await admin.connect();
    try {
      const listeners = async () =>
        (await admin.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1 and datname = current_database()', [listenerApplicationName(B_ID)])).rows.map((r) => r.pid);
      const [before] = await listeners();
      expect(before).toBeDefined();
      await get(b!, '/');
      expect((await get(b!, '/')).headers.get('x-nextjs-cache')).toBe('HIT');

      await admin.query('select pg_terminate_backend($1)', [before]);
      await waitUntil(async () => (await listeners()).some((pid) => pid !== before), { what: 'B listening on a new connection', timeoutMs: 20_000, intervalMs: 100 });
      // The resync expires every page: the next request renders anew (once, then it is cached again).
      await waitUntil(async () => (await get(b!, '/')).headers.get('x-nextjs-cache') !== 'HIT', { what: 'B re-rendering its homepage', timeoutMs: 10_000, intervalMs: 50 });
      expect(b!.output().match(/\[broadcast\] lost the LISTEN connection/g)).toHaveLength(1);
      expect(b!.output()).toMatch(/\[broadcast\] listening again after/);

      const { draft, path } = await published(`After reconnect ${Date.now()}`);
      expect((await get(b!, path)).status).toBe(404);
      await commit(transitionArticle(draft.id, { to: 'published' }, { editorId: null }));
      const ms = await freshWithin(b!, [{ path, shows: (status) => status === 200 }]);
      console.log(`[bcast test] after B's reconnect, fresh on B after ${ms} ms`);
      expect(ms).toBeLessThan(1000);
    } finally {
      await admin.end();
    }
  }, 60_000);
});
