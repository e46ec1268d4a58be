// The HTTP server (lib/server/front-cache.ts, not bundled by Next) registers its flush function on
// globalThis; code inside Next calls it through here whenever cache tags expire.
export const FRONT_CACHE_FLUSH_HOOK = '__northgateFlushFrontCache';

type HookHolder = { [FRONT_CACHE_FLUSH_HOOK]?: () => void };

export function flushFrontCache(): void {
  (globalThis as HookHolder)[FRONT_CACHE_FLUSH_HOOK]?.();
}

export function registerFrontCacheFlush(flush: () => void): void {
  (globalThis as HookHolder)[FRONT_CACHE_FLUSH_HOOK] = flush;
}
