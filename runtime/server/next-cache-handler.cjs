// Next's own page cache (its in-memory file-system cache) with one rule added: a render whose data
// may predate a change is not stored. See lib/changes/stale-renders.ts for why and how it decides.
// Plain CommonJS because Next loads it with a bare import, in the build's workers too, where
// nothing compiles TypeScript.
'use strict';

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/** @param {unknown} data @param {{ tags?: string[] } | undefined} ctx @returns {string[]} */
function tagsOf(data, ctx) {
  const tags = Array.isArray(ctx?.tags) ? [...ctx.tags] : [];
  const header = /** @type {{ headers?: Record<string, unknown> } | null} */ (data)?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') tags.push(...header.split(','));
  return tags;
}

class FreshRendersOnlyCache extends FileSystemCache {
  /** @param {string} key @param {unknown} data @param {{ tags?: string[] }} ctx */
  async set(key, data, ctx) {
    /** @type {((tags: string[]) => boolean) | undefined} */
    const renderIsStale = globalThis.__northgateRenderIsStale;
    if (data && renderIsStale && renderIsStale(tagsOf(data, ctx))) return;
    return super.set(key, data, ctx);
  }
}

module.exports = FreshRendersOnlyCache;
