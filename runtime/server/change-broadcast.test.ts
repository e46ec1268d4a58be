import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as revalidateRoute } from '@/app/api/internal/revalidate/route';
import type { ChangeChannel, ChangeChannelOptions } from '@/db/change-channel';
import { nextCacheExpiry } from '@/features/cache/next-expiry';
import { decodeChange, encodeChange } from '@/lib/changes/broadcast-payload';
import { changeOf, everything, type Change } from '@/lib/changes/change';
import { onCommitted, subscribe } from '@/lib/changes/pipeline';
import { TAG } from '@/lib/changes/tags';
import { rereadEnv } from '@/lib/env';
import { startChangeBroadcast, type RunningBroadcast } from './change-broadcast';

// Next's tag expiry as it behaves here: never a server action, and revalidateTag works only inside
// a route handler's request, which the stubbed fetch below gives the internal route.
const inRoute = new AsyncLocalStorage<true>();
const expiredInNext: string[] = [];
vi.mock('next/cache', () => ({
  updateTag: () => {
    throw new Error('updateTag can only be called from within a Server Action');
  },
  revalidateTag: (tag: string) => {
    if (!inRoute.getStore()) throw new Error('no request scope');
    expiredInNext.push(tag);
  },
}));

/** A channel without PostgreSQL: records what is sent, and lets the test deliver notifications and reconnects. */
function fakeChannel() {
  const sent: string[] = [];
  let options: ChangeChannelOptions | null = null;
  const open = (o: ChangeChannelOptions): ChangeChannel => {
    options = o;
    return {
      listening: async () => {
        o.onListening();
        return true;
      },
      notify: async (payloads) => void sent.push(...payloads),
      close: async () => undefined,
    };
  };
  const receive = (text: string) => options!.onNotification(text);
  const reconnect = () => options!.onListening();
  return { open, sent, receive, reconnect, sentChanges: () => sent.map((p) => (decodeChange(p) as { ok: true; received: { change: Change } }).received.change) };
}

const quiet = { log: () => undefined, warn: vi.fn(), error: () => undefined };
const cleanups: (() => unknown)[] = [];

/** Every change this process's pipeline announced, with its scope. */
function recordAnnounced() {
  const seen: Change[] = [];
  cleanups.push(subscribe({ name: 'recorder', deliver: (c) => void seen.push(c) }));
  return seen;
}

async function start(channel: ReturnType<typeof fakeChannel>, instanceId = 'web-1'): Promise<RunningBroadcast> {
  const running = await startChangeBroadcast({ databaseUrl: 'postgres://unused@127.0.0.1/none', instanceId, openChannel: channel.open, log: quiet });
  cleanups.push(() => running.stop());
  return running;
}

/** Lets fire-and-forget announcements (a received notification, a reconnect) finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  rereadEnv();
  quiet.warn.mockClear();
});

describe('the change broadcast', () => {
  it('sends a change committed here once, naming this instance', async () => {
    const channel = fakeChannel();
    await start(channel, 'web-1');
    await onCommitted(changeOf(['article:3', 'home'], 'article 3 published'));
    expect(channel.sentChanges()).toEqual([{ tags: ['article:3', 'home', TAG.search], reason: 'article 3 published' }]);
    expect(JSON.parse(channel.sent[0]!)).toMatchObject({ from: 'web-1' });
  });

  it('never sends a relayed change or one for this process only (a restart leaves the others alone)', async () => {
    const channel = fakeChannel();
    await start(channel);
    await onCommitted({ ...changeOf(['home'], 'from elsewhere'), scope: 'relayed' });
    await onCommitted(everything('server start', 'process'));
    expect(channel.sent).toEqual([]);
  });

  it('announces another instance’s change here as relayed, and does not send it back (no loop)', async () => {
    const channel = fakeChannel();
    await start(channel, 'web-1');
    const seen = recordAnnounced();
    const elsewhere = encodeChange(changeOf(['article:9'], 'article 9 edited'), { instance: 'web-2', boot: 'other-process' });
    channel.receive(elsewhere[0]!);
    await settle();
    expect(seen).toEqual([{ tags: ['article:9', TAG.search], reason: 'article 9 edited', scope: 'relayed' }]);
    expect(channel.sent).toEqual([]);
  });

  it('ignores its own notifications, but not another process that shares its INSTANCE_ID (and says so)', async () => {
    const channel = fakeChannel();
    await start(channel, 'web-1');
    const seen = recordAnnounced();
    await onCommitted(changeOf(['home'], 'mine'));
    channel.receive(channel.sent[0]!);
    await settle();
    expect(seen.map((c) => c.reason)).toEqual(['mine']);

    channel.receive(encodeChange(changeOf(['home'], 'twin'), { instance: 'web-1', boot: 'another-boot' })[0]!);
    await settle();
    expect(seen.map((c) => c.reason)).toEqual(['mine', 'twin']);
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('give each instance its own INSTANCE_ID'));
  });

  it('logs and ignores a notification that is not a change', async () => {
    const channel = fakeChannel();
    await start(channel);
    const seen = recordAnnounced();
    channel.receive('{"tags": "home"}');
    channel.receive('not json');
    await settle();
    expect(seen).toEqual([]);
    expect(quiet.warn).toHaveBeenCalledTimes(2);
  });

  it('expires every page here, without sending anything, when it listens again after losing the connection', async () => {
    const channel = fakeChannel();
    const seen = recordAnnounced();
    await start(channel);
    // The first LISTEN comes before the server's own start-up expiry: nothing to resync.
    expect(seen).toEqual([]);
    channel.reconnect();
    await settle();
    expect(seen).toEqual([expect.objectContaining({ tags: [TAG.all], scope: 'relayed' })]);
    expect(channel.sent).toEqual([]);
  });
});

describe('with Next’s expiry going through the internal route (no request scope)', () => {
  // The real subscriber and route: outside a request Next's expiry posts the change to this app's
  // internal route, which announces it to every subscriber again. Only the first announcement may send.
  const routeCalls: unknown[] = [];
  beforeEach(() => {
    routeCalls.length = 0;
    expiredInNext.length = 0;
    vi.stubEnv('AUTH_SECRET', 'unit-test-secret');
    vi.stubEnv('INTERNAL_APP_URL', 'http://127.0.0.1:3999');
    vi.stubEnv('SITE_URL', 'http://127.0.0.1:3999');
    rereadEnv();
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      routeCalls.push(JSON.parse(String(init.body)));
      return inRoute.run(true, () => revalidateRoute(new Request(url, init)));
    });
    cleanups.push(subscribe(nextCacheExpiry));
  });

  it('sends a change committed here exactly once', async () => {
    const channel = fakeChannel();
    await start(channel);
    const delivery = await onCommitted(changeOf(['article:4'], 'article 4 published'));
    expect(delivery.refreshed).toBe(true);
    expect(routeCalls).toEqual([expect.objectContaining({ tags: ['article:4', TAG.search], scope: 'relayed' })]);
    expect(expiredInNext).toContain('article:4');
    expect(channel.sent).toHaveLength(1);
  });

  it('sends a change a script announced to the route (no scope) exactly once', async () => {
    const channel = fakeChannel();
    await start(channel);
    const res = await revalidateRoute(
      new Request('http://127.0.0.1:3999/api/internal/revalidate', {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:3999', 'x-revalidate-secret': (await import('@/features/cache/secret')).revalidateSecret()!, 'content-type': 'application/json' },
        body: JSON.stringify({ tags: ['home'], reason: 'a script' }),
      }),
    );
    expect(res.status).toBe(200);
    expect(channel.sentChanges().map((c) => c.reason)).toEqual(['a script']);
  });

  it('sends neither a relayed change nor the start-up expiry, and keeps their scope through the route', async () => {
    const channel = fakeChannel();
    await start(channel);
    channel.receive(encodeChange(changeOf(['article:5'], 'from web-2'), { instance: 'web-2', boot: 'b2' })[0]!);
    await vi.waitFor(() => expect(routeCalls).toHaveLength(1), { timeout: 2000 });
    await onCommitted(everything('server start', 'process'));
    expect(routeCalls).toEqual([expect.objectContaining({ scope: 'relayed' }), expect.objectContaining({ tags: [TAG.all], scope: 'process' })]);
    expect(channel.sent).toEqual([]);
  });

  it('refuses a scope it does not know, with a 400', async () => {
    const res = await revalidateRoute(
      new Request('http://127.0.0.1:3999/api/internal/revalidate', {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:3999', 'x-revalidate-secret': (await import('@/features/cache/secret')).revalidateSecret()!, 'content-type': 'application/json' },
        body: JSON.stringify({ tags: ['home'], scope: 'everywhere' }),
      }),
    );
    expect(res.status).toBe(400);
  });
});
