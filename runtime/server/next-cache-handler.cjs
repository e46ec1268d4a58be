// Next's own page cache (its in-memory file-system cache) with rules added: a render whose data
// may predate a change is not stored (lib/changes/stale-renders.ts says why and how it decides),
// and nothing older than this process is served. It also tells the request it serves
// (lib/request-slot.ts) what Next keeps to itself: the tags of a page answered from this cache
// without rendering (the HTTP cache in front purges by them), and when a tag expiry has been
// applied (only then may that HTTP cache be purged).
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

/** Tags Next adds for its own routing (`_N_T_/…`); nobody else expires them. */
const IMPLICIT_TAG = /^_N_T_/;

/** @param {unknown} entry @returns {string[]} */
function cachedResponseTags(entry) {
  const value = /** @type {{ value?: { kind?: string; headers?: Record<string, unknown> } } | null} */ (entry)?.value;
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE')) return [];
  const header = value.headers?.['x-next-cache-tags'];
  return typeof header === 'string' ? header.split(',').filter((t) => t && !IMPLICIT_TAG.test(t)) : [];
}

class FreshRendersOnlyCache extends FileSystemCache {
  /** @param {[string, { kind?: string }]} args */
  async get(...args) {
    const entry = /** @type {{ lastModified?: number } | null} */ (await super.get(...args));
    if (entry && !(typeof entry.lastModified === 'number' && entry.lastModified >= STARTED_AT)) return null;
    /** @type {((tags: string[]) => void) | undefined} */
    const declare = globalThis.__northgateDeclarePageTags;
    const tags = cachedResponseTags(entry);
    if (declare && tags.length) declare(tags);
    return entry;
  }

  /** @param {string | string[]} tags @param {unknown} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    /** @type {((tags: string[]) => void) | undefined} */
    const applied = globalThis.__northgateTagsAppliedByNext;
    if (applied) applied(typeof tags === 'string' ? [tags] : tags);
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
