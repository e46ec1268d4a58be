// Next's own page cache (its in-memory file-system cache) with two rules added: a render whose data
// may predate a change is not stored (lib/changes/stale-renders.ts says why and how it decides),
// and nothing older than this process is served.
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

// Pages are kept in memory only (isrFlushToDisk: false), so anything older than this process is
// what `next build` prerendered. The build renders against an empty private database
// (runtime/cli/build.ts) and one build serves many instances with their own databases: its pages
// are never an answer. Such a route is rendered from this instance's database on first request.
const STARTED_AT = Date.now();

class FreshRendersOnlyCache extends FileSystemCache {
  /** @param {string} key @param {unknown} ctx */
  async get(key, ctx) {
    const entry = /** @type {{ lastModified?: number } | null} */ (await super.get(key, ctx));
    if (entry && !(typeof entry.lastModified === 'number' && entry.lastModified >= STARTED_AT)) return null;
    return entry;
  }

  /** @param {string} key @param {unknown} data @param {{ tags?: string[] }} ctx */
  async set(key, data, ctx) {
    /** @type {((tags: string[]) => boolean) | undefined} */
    const renderIsStale = globalThis.__northgateRenderIsStale;
    if (data && renderIsStale && renderIsStale(tagsOf(data, ctx))) return;
    return super.set(key, data, ctx);
  }
}

module.exports = FreshRendersOnlyCache;
