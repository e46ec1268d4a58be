import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeOf, mergeChanges, NO_CHANGE, type Change } from './change';
import { beforeDelivery, commit, onCommitted, subscribe } from './pipeline';
import { TAG } from './tags';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
  for (const u of unsubscribers.splice(0)) u();
  vi.restoreAllMocks();
});

function record(name: string, behaviour: (change: Change, calls: number) => void = () => undefined) {
  const seen: Change[] = [];
  unsubscribers.push(
    subscribe({
      name,
      deliver: (change) => {
        seen.push(change);
        behaviour(change, seen.length);
      },
    }),
  );
  return seen;
}

describe('a change', () => {
  // Issue 11 point 7: stored search pages can show anything readers see.
  it('expires search results whenever readers can see something changed, and never when nothing did', () => {
    expect(changeOf(['tag:ferries'], 'x').tags).toEqual(['tag:ferries', TAG.search]);
    expect(changeOf([], 'nothing').tags).toEqual([]);
    expect(NO_CHANGE.tags).toEqual([]);
  });
});

describe('change pipeline', () => {
  it('hands a committed change to every subscriber, in the order they registered', async () => {
    const order: string[] = [];
    record('first', () => order.push('first'));
    record('second', () => order.push('second'));
    const delivery = await onCommitted(changeOf(['article:1', 'home', 'home'], 'article 1 edited'));
    expect(delivery).toEqual({ refreshed: true, failed: [] });
    expect(order).toEqual(['first', 'second']);
  });

  it('does not bother subscribers with a change nobody can see', async () => {
    const seen = record('quiet');
    expect((await onCommitted(NO_CHANGE)).refreshed).toBe(true);
    expect(seen).toHaveLength(0);
  });

  it('retries a failing subscriber and reports success once it recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen = record('flaky', (_c, calls) => {
      if (calls < 3) throw new Error('cache briefly unreachable');
    });
    const delivery = await onCommitted(changeOf(['article:2'], 'article 2 edited'));
    expect(delivery.refreshed).toBe(true);
    expect(seen.map((c) => c.tags)).toEqual([['article:2', TAG.search], ['article:2', TAG.search], ['article:2', TAG.search]]);
  });

  it('falls back to expiring everything when the precise change keeps failing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen = record('picky', (change) => {
      if (!change.tags.includes(TAG.all)) throw new Error('tag rejected');
    });
    const delivery = await onCommitted(changeOf(['article:3'], 'article 3 edited'));
    expect(delivery.refreshed).toBe(true);
    expect(seen.at(-1)!.tags).toEqual([TAG.all]);
    expect(errors).toHaveBeenCalled();
  });

  it('keeps the change’s scope in the fallback: a restart’s or a relayed change’s must not reach other instances', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen = record('picky', (change) => {
      if (!change.tags.includes(TAG.all)) throw new Error('tag rejected');
    });
    await onCommitted({ ...changeOf(['article:3'], 'from elsewhere'), scope: 'relayed' });
    await onCommitted({ ...changeOf(['article:3'], 'start'), scope: 'process' });
    await onCommitted(changeOf(['article:3'], 'here'));
    expect(seen.filter((c) => c.tags.includes(TAG.all)).map((c) => c.scope)).toEqual(['relayed', 'process', undefined]);
  });

  it('never throws: a subscriber that cannot be told at all is reported, and the others still run', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    record('down', () => {
      throw new Error('down');
    });
    const healthy = record('healthy');
    const delivery = await onCommitted(changeOf(['article:4'], 'article 4 edited'));
    expect(delivery).toEqual({ refreshed: false, failed: ['down'] });
    expect(healthy).toHaveLength(1);
  });

  it('says so when nothing in the process is subscribed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await onCommitted(changeOf(['home'], 'x'))).refreshed).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('nothing is subscribed'));
  });

  it('commit() announces what a write returned', async () => {
    const seen = record('commit');
    const result = await commit(Promise.resolve({ id: 9, change: changeOf(['article:9'], 'article 9 created') }));
    expect(result.id).toBe(9);
    expect(result.delivery.refreshed).toBe(true);
    expect(seen[0]!.tags).toEqual(['article:9', TAG.search]);
  });

  it('delivers to no subscriber before every before-delivery hook has finished', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    unsubscribers.push(
      beforeDelivery({
        name: 'fence',
        run: async (change) => {
          order.push(`fence ${change.reason}`);
          await held;
          order.push('fence done');
        },
      }),
    );
    record('cache', () => order.push('cache'));
    const delivery = onCommitted(changeOf(['article:5'], 'article 5 published'));
    // The hook is waiting, so the subscriber has not been told yet.
    await Promise.resolve();
    expect(order).toEqual(['fence article 5 published']);
    release();
    expect((await delivery).refreshed).toBe(true);
    expect(order).toEqual(['fence article 5 published', 'fence done', 'cache']);
  });

  it('still delivers when a before-delivery hook fails, and runs no hook for a change nobody can see', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let runs = 0;
    unsubscribers.push(
      beforeDelivery({
        name: 'broken fence',
        run: () => {
          runs += 1;
          return Promise.reject(new Error('replica unreachable'));
        },
      }),
    );
    const seen = record('cache');
    expect((await onCommitted(changeOf(['article:6'], 'article 6 edited'))).refreshed).toBe(true);
    expect(seen).toHaveLength(1);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('broken fence failed'), expect.any(Error));
    await onCommitted(NO_CHANGE);
    expect(runs).toBe(1);
  });

  it('stops running a hook once it is removed', async () => {
    let runs = 0;
    const remove = beforeDelivery({ name: 'counted', run: async () => void (runs += 1) });
    record('cache');
    await onCommitted(changeOf(['home'], 'one'));
    remove();
    await onCommitted(changeOf(['home'], 'two'));
    expect(runs).toBe(1);
  });

  it('merges the changes of writes committed together', () => {
    const merged = mergeChanges(changeOf(['a', 'b'], 'one'), NO_CHANGE, changeOf(['b', 'c'], 'two'));
    expect(merged.tags).toEqual(['a', 'b', TAG.search, 'c']);
    expect(merged.reason).toBe('one; two');
    expect(mergeChanges(NO_CHANGE)).toBe(NO_CHANGE);
  });
});
