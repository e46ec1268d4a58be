import 'server-only';
import { getFeedArticles, type FeedArticle, type ListFilter } from '@/db/queries/public-articles';
import { getAuthorBySlug, getSectionBySlug } from '@/db/queries/taxonomy';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { env } from '@/lib/env';
import { mediaUrl } from '@/lib/media/storage';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import { BRAND, SITE_DESCRIPTION } from '@/lib/brand';
import { absoluteUrl, articlePath, authorPath, sectionPath, siteName } from '@/lib/site';
import { isValidSlug } from '@/lib/slug';
import { atomXml, rssXml, type FeedDocument, type FeedEntry } from './feed-xml';
import { authorFeed, sectionFeed, siteFeed, type FeedLinks } from './paths';

type FeedScope = { kind: 'site' } | { kind: 'section'; slug: string } | { kind: 'author'; slug: string };
type FeedFormat = 'rss' | 'atom';

/** How many of the newest stories a feed carries. */
const FEED_SIZE = 50;

const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export type LoadedFeed = {
  links: FeedLinks;
  title: string;
  description: string;
  pagePath: string;
  articles: FeedArticle[];
};

/** The stories and titles of a feed, tagging the cached response; null when the section or author does not exist. */
async function loadFeed(scope: FeedScope): Promise<LoadedFeed | null> {
  const name = siteName();
  let filter: ListFilter;
  let meta: Omit<LoadedFeed, 'articles'>;
  if (scope.kind === 'site') {
    await tagPage(TAG.feed);
    filter = { kind: 'all' };
    meta = { links: siteFeed(name), title: name, description: SITE_DESCRIPTION, pagePath: '/' };
  } else if (scope.kind === 'section') {
    await tagPage(TAG.feed, TAG.sections, TAG.section(scope.slug));
    const section = isValidSlug(scope.slug) ? await getSectionBySlug(scope.slug) : null;
    if (!section) return null;
    filter = { kind: 'section', id: section.id };
    meta = {
      links: sectionFeed(section.slug, section.name, name),
      title: `${section.name} | ${name}`,
      description: section.description || `${section.name} stories from ${name}.`,
      pagePath: sectionPath(section.slug),
    };
  } else {
    await tagPage(TAG.feed, TAG.author(scope.slug));
    const author = isValidSlug(scope.slug) ? await getAuthorBySlug(scope.slug) : null;
    if (!author) return null;
    filter = { kind: 'author', id: author.id };
    meta = {
      links: authorFeed(author.slug, author.name, name),
      title: `Stories by ${author.name} | ${name}`,
      description: author.bio || `Stories by ${author.name} for ${name}.`,
      pagePath: authorPath(author.slug),
    };
  }
  return { ...meta, articles: await getFeedArticles(filter, FEED_SIZE) };
}

/** Feed readers show bodies away from the site, so root-relative links and images must carry the origin. */
function absolutizeHtml(html: string, origin: string): string {
  return html.replace(/(\s(?:src|href))="\/(?!\/)/g, `$1="${origin}/`);
}

/**
 * A permanent, slug-independent id for an article (RFC 4151 tag URI): renaming a story changes its
 * link but never its guid, so readers do not show it twice.
 */
function articleGuid(id: number): string {
  return `tag:${new URL(env().siteUrl).hostname},2026:article:${id}`;
}

function heroImage(article: FeedArticle): FeedEntry['image'] {
  const hero = article.hero?.variants.filter((v) => v.kind === 'hero').sort((a, b) => b.width - a.width).find((v) => v.width <= 1200);
  if (!article.hero || !hero) return undefined;
  // Enclosures carry length 0, as the RSS Advisory Board recommends when the byte size is not at hand.
  return { url: absoluteUrl(mediaUrl(article.hero.key, hero.file)), type: hero.mime };
}

function entry(article: FeedArticle): FeedEntry {
  return {
    id: articleGuid(article.id),
    title: article.title,
    link: absoluteUrl(articlePath(article)),
    updated: new Date(article.updatedAt),
    published: new Date(article.publishedAt),
    summary: article.standfirst,
    contentHtml: absolutizeHtml(sanitizeBody(article.body), env().siteUrl),
    author: { name: article.author.name, uri: absoluteUrl(authorPath(article.author.slug)) },
    categories: article.tags.map((t) => ({ label: t.name, term: t.slug })),
    image: heroImage(article),
  };
}

/** The feed document in either format; every text field is escaped by features/feeds/feed-xml.ts. */
export function renderFeed(loaded: LoadedFeed, format: FeedFormat): string {
  const name = siteName();
  const newest = loaded.articles.reduce<number>((max, a) => Math.max(max, Date.parse(a.updatedAt)), 0);
  const document: FeedDocument = {
    title: loaded.title,
    subtitle: loaded.description,
    link: absoluteUrl(loaded.pagePath),
    atomUrl: absoluteUrl(loaded.links.atom),
    rssUrl: absoluteUrl(loaded.links.rss),
    logo: absoluteUrl(BRAND.logo.path),
    icon: absoluteUrl('/icon.svg'),
    rights: `© ${name}`,
    language: 'en-GB',
    ttlMinutes: 15,
    updated: newest ? new Date(newest) : new Date(),
    author: { name, uri: absoluteUrl('/') },
    entries: loaded.articles.map(entry),
  };
  return format === 'atom' ? atomXml(document) : rssXml(document);
}

/** The whole route: a feed document with its content type, or a plain 404. */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const loaded = await loadFeed(scope);
  if (!loaded) return new Response('No such feed.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(renderFeed(loaded, format), { headers: { 'content-type': FEED_CONTENT_TYPE[format] } });
}
