/**
 * Cache tags. Every public page is cached whole and carries the tags of what it shows, so a
 * change expires exactly the pages that displayed the changed thing.
 */
export const TAG = {
  all: 'all',
  home: 'home',
  latest: 'latest',
  sitemap: 'sitemap',
  feed: 'feed',
  sections: 'sections',
  // Search results can show anything readers see: every visible change carries this (./change.ts).
  search: 'search',
  // The "Most read" fragment: expired by the view counter only when its order changes.
  mostRead: 'most-read',
  article: (id: number) => `article:${id}`,
  // Pages that looked a slug up and found nothing (404s, redirects) are tagged by the slug they asked for.
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
} as const;

/** What a reader could see of an article: enough to know which pages showed it. */
export type ArticleFootprint = {
  id: number;
  slug: string;
  visible: boolean;
  sectionSlug: string;
  authorSlug: string;
  tagSlugs: string[];
  /** Listings are newest first: a story keeps its place in them while this stays the same. */
  publishedAt: string | null;
};

/** Still in the same listings, in the same place: only the pages that show it change. */
function sameListings(a: ArticleFootprint, b: ArticleFootprint): boolean {
  const tags = (f: ArticleFootprint) => [...f.tagSlugs].sort().join('\n');
  return a.visible && b.visible && a.sectionSlug === b.sectionSlug && a.authorSlug === b.authorSlug && a.publishedAt === b.publishedAt && tags(a) === tags(b);
}

/**
 * Tags to expire when an article changes from `before` to `after` (either may be absent).
 * Nothing public changes when the article was and stays invisible, so no page is expired then.
 * Joining, leaving or moving within a listing expires the whole listing (every page of it shifts).
 */
export function tagsForArticleChange(before: ArticleFootprint | null, after: ArticleFootprint | null): string[] {
  const states = [before, after].filter((s): s is ArticleFootprint => s !== null);
  const out = new Set<string>();
  for (const s of states) out.add(TAG.articleSlug(s.slug));
  if (!states.some((s) => s.visible)) return [...out];
  // An edit of a live story (headline, body, picture…): every page that shows it carries its
  // article tag (listings and fragments tag each story they show), so the listings it merely
  // belongs to stay cached. A news day is mostly such edits. The homepage, /latest and the Latest
  // News fragment need no TAG.latest for it: no copy Next prerendered at build (which would carry
  // only build-time tags) is ever served (runtime/server/next-cache-handler.cjs), so they too carry
  // the article tags of what they show (features/cache/freshness.int.test.ts).
  if (before && after && sameListings(before, after)) {
    out.add(TAG.article(after.id));
    out.add(TAG.sitemap);
    out.add(TAG.feed);
    return [...out];
  }
  for (const s of states) {
    out.add(TAG.article(s.id));
    out.add(TAG.section(s.sectionSlug));
    out.add(TAG.author(s.authorSlug));
    for (const t of s.tagSlugs) out.add(TAG.tag(t));
  }
  out.add(TAG.home);
  out.add(TAG.latest);
  out.add(TAG.sitemap);
  out.add(TAG.feed);
  return [...out];
}
