import 'server-only';
import type { Metadata } from 'next';
import { listPublishedArticles } from '@/db/queries/public-articles';
import { resolveOldSectionSlug } from '@/db/queries/section-redirects';
import { getAuthorBySlug, getSectionBySlug, getTagBySlug } from '@/db/queries/taxonomy';
import type { ArticleCard, Paged } from '@/db/queries/types';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { authorFeed, sectionFeed, type FeedLinks } from '@/features/feeds/paths';
import { pageMetadata } from '@/features/seo/page-metadata';
import { authorPath, pagedPath, sectionPath, siteName, tagPath } from '@/lib/site';
import { isValidSlug } from '@/lib/slug';

export type ListingKind = 'section' | 'author' | 'tag' | 'latest';

export type Listing = {
  kind: ListingKind;
  heading: string;
  description: string;
  basePath: string;
  /** The section's or author's own feed, linked from its pages. */
  feed: FeedLinks | null;
  data: Paged<ArticleCard>;
};

/** "2" → 2 for the internal /page/N routes; anything else is not a page we serve. */
export function parsePageParam(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 ? n : null;
}

/**
 * Loads one page of a section, author, tag or the all-stories archive, tagging the cached page
 * so that any story entering or leaving the list expires it. Null means 404.
 */
export async function loadListing(kind: ListingKind, slug: string | null, page: number): Promise<Listing | null> {
  let listing: Omit<Listing, 'data' | 'feed'> & { feed?: FeedLinks; filter: Parameters<typeof listPublishedArticles>[0]; tag: string };
  if (kind === 'latest') {
    listing = {
      kind,
      heading: 'All stories',
      description: 'Every story from the Chronicle, newest first.',
      basePath: '/latest',
      filter: { kind: 'all' },
      tag: TAG.latest,
    };
  } else {
    if (!slug || !isValidSlug(slug)) return null;
    if (kind === 'section') {
      const section = await getSectionBySlug(slug);
      if (!section) return notFoundTagged(TAG.sections);
      listing = {
        kind,
        heading: section.name,
        description: section.description,
        basePath: sectionPath(slug),
        feed: sectionFeed(slug, section.name, siteName()),
        filter: { kind: 'section', id: section.id },
        tag: TAG.section(slug),
      };
    } else if (kind === 'author') {
      const author = await getAuthorBySlug(slug);
      if (!author) return notFoundTagged(TAG.author(slug));
      listing = {
        kind,
        heading: author.name,
        description: author.bio,
        basePath: authorPath(slug),
        feed: authorFeed(slug, author.name, siteName()),
        filter: { kind: 'author', id: author.id },
        tag: TAG.author(slug),
      };
    } else {
      const tag = await getTagBySlug(slug);
      if (!tag) return notFoundTagged(TAG.tag(slug));
      listing = { kind, heading: tag.name, description: `Stories about ${tag.name.toLowerCase()} from Northgate.`, basePath: tagPath(slug), filter: { kind: 'tag', id: tag.id }, tag: TAG.tag(slug) };
    }
  }
  const data = await listPublishedArticles(listing.filter, page);
  // The listing (a story joining or leaving it) and each story it shows (an edit of one).
  await tagPage(listing.tag, TAG.sections, ...data.items.map((a) => TAG.article(a.id)));
  // An empty author or tag page is still a real page; a page number past the end is not.
  if (page > 1 && page > data.pages) return null;
  return {
    kind: listing.kind,
    heading: listing.heading,
    description: listing.description,
    basePath: listing.basePath,
    feed: listing.feed ?? null,
    data,
  };
}

/**
 * Where a renamed section's old address now lives (same page number), or null. The answer is
 * cached with the sections tag, which every section change expires.
 */
export async function movedSectionPath(oldSlug: string, page: number): Promise<string | null> {
  if (!isValidSlug(oldSlug)) return null;
  const slug = await resolveOldSectionSlug(oldSlug);
  await tagPage(TAG.sections);
  return slug ? pagedPath(sectionPath(slug), page) : null;
}

async function notFoundTagged(tag: string): Promise<null> {
  await tagPage(tag);
  return null;
}

/** Each page of a listing is its own canonical URL with its own title; page 1 is the bare path. */
export function listingMetadata(listing: Listing | null): Metadata {
  if (!listing) return {};
  const { page, pages } = listing.data;
  const suffix = page > 1 ? ` – page ${page} of ${pages}` : '';
  // A topic may share its name with a section; the prefix keeps every page's title its own.
  const prefix = listing.kind === 'author' ? 'Stories by ' : listing.kind === 'tag' ? 'Topic: ' : '';
  const description = listing.description || `${listing.kind === 'author' ? 'Stories by' : 'Stories from'} ${listing.heading}.`;
  return pageMetadata({
    title: `${prefix}${listing.heading}${suffix}`,
    description: page > 1 ? `${description} Page ${page} of ${pages}.` : description,
    path: pagedPath(listing.basePath, page),
    feeds: listing.feed ? [listing.feed] : [],
  });
}
