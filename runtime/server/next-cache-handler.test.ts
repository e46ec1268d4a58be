import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteNextExpiry } from '@/lib/changes/stale-renders';
import { appliedByNext, withRequestSlot } from '@/lib/request-slot';

// Loaded the way Next loads it (plain require), so the spy sits on the class it extends.
const require = createRequire(import.meta.url);
type Handler = {
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  get(key: string, ctx: unknown): Promise<unknown>;
  revalidateTag(tags: string | string[], durations?: unknown): Promise<void>;
};
const Cache = require('./next-cache-handler.cjs') as new (ctx: object) => Handler;
const FileSystemCache = (require('next/dist/server/lib/incremental-cache/file-system-cache.js') as { default: { prototype: Handler } }).default;

const page = (tags: string) => ({ kind: 'APP_PAGE', html: '<p>x</p>', headers: { 'x-next-cache-tags': tags }, status: 200 });
const cache = () => new Cache({ flushToDisk: false, maxMemoryCacheSize: 1_000_000, serverDistDir: '/nonexistent', revalidatedTags: [] });

afterEach(() => vi.restoreAllMocks());

describe('Next cache handler', () => {
  it('does not store a page whose request began before one of its tags expired', async () => {
    const stored = vi.spyOn(FileSystemCache.prototype, 'set').mockResolvedValue(undefined);
    await withRequestSlot(async () => {
      // The homepage read the old rows, then an unpublish expired `latest` while it was rendering.
      noteNextExpiry(['latest']);
      await cache().set('/index', page('all,home,latest'), {});
    });
    expect(stored).not.toHaveBeenCalled();
  });

  it('stores a page whose request began after the expiry, or that shows nothing expired', async () => {
    const stored = vi.spyOn(FileSystemCache.prototype, 'set').mockResolvedValue(undefined);
    noteNextExpiry(['section:city'], Date.now() - 5);
    await withRequestSlot(() => cache().set('/city', page('all,section:city'), {}));
    await withRequestSlot(async () => {
      noteNextExpiry(['author:ana']);
      await cache().set('/sport', page('all,section:sport'), {});
    });
    expect(stored.mock.calls.map((c) => c[0])).toEqual(['/city', '/sport']);
  });

  it('judges data-cache entries by the tags they were given', async () => {
    const stored = vi.spyOn(FileSystemCache.prototype, 'set').mockResolvedValue(undefined);
    await withRequestSlot(async () => {
      noteNextExpiry(['article:7']);
      await cache().set('page-tags', { kind: 'FETCH', data: {} }, { tags: ['all', 'article:7'] });
    });
    expect(stored).not.toHaveBeenCalled();
  });

  it('stores everything outside a request (the build prerendering pages)', async () => {
    const stored = vi.spyOn(FileSystemCache.prototype, 'set').mockResolvedValue(undefined);
    noteNextExpiry(['latest']);
    await cache().set('/index', page('all,latest'), {});
    expect(stored).toHaveBeenCalledTimes(1);
  });

  it('tells the request the tags of a page it answers from its cache without rendering, without Next’s own', async () => {
    vi.spyOn(FileSystemCache.prototype, 'get').mockResolvedValue({ lastModified: Date.now(), value: page('_N_T_/layout,all,home,article:3,_N_T_/index') });
    const tags = await withRequestSlot(async (slot) => {
      await cache().get('/index', { kind: 'APP_PAGE' });
      return slot.tags;
    });
    expect([...(tags ?? [])]).toEqual(['all', 'home', 'article:3']);
  });

  it('tells the request when Next has applied a tag expiry', async () => {
    vi.spyOn(FileSystemCache.prototype, 'revalidateTag').mockResolvedValue(undefined);
    const applied = await withRequestSlot(async (slot) => {
      const waiting = appliedByNext(slot, ['home', 'latest'], 1000);
      await cache().revalidateTag(['home', 'latest'], { expire: 0 });
      return waiting;
    });
    expect(applied).toBe(true);
  });
});

describe('Next cache handler, reading', () => {
  type Reader = { get(key: string, ctx: unknown): Promise<{ lastModified?: number } | null> };
  const read = (lastModified: number | undefined) => {
    vi.spyOn(FileSystemCache.prototype as unknown as Reader, 'get').mockResolvedValue({ lastModified });
    return (cache() as unknown as Reader).get('/index', { kind: 'APP_PAGE' });
  };

  it('never answers with what the build prerendered (anything older than this process)', async () => {
    expect(await read(Date.now() - 60_000)).toBeNull();
    expect(await read(undefined)).toBeNull();
  });

  it('answers with what this process rendered', async () => {
    const now = Date.now();
    expect(await read(now)).toEqual({ lastModified: now });
  });
});
