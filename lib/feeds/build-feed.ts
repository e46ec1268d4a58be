import 'server-only';
import { Feed, type Item } from 'feed';
import { getFeedArticles, type FeedArticle, type ListFilter } from '@/db/queries/public-articles';
import { getAuthorBySlug, getSectionBySlug } from '@/db/queries/taxonomy';
import { tagPage } from '@/lib/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { env } from '@/lib/env';
import { mediaUrl } from '@/lib/media/storage';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import { BRAND, SITE_DESCRIPTION } from '@/lib/seo/brand';
import { xmlSafe } from '@/lib/seo/xml';
import { absoluteUrl, articlePath, authorPath, sectionPath, siteName } from '@/lib/site';
import { isValidSlug } from '@/lib/slug';
import { authorFeed, sectionFeed, siteFeed, type FeedLinks } from './paths';

export type FeedScope = { kind: 'site' } | { kind: 'section'; slug: string } | { kind: 'author'; slug: string };
export type FeedFormat = 'rss' | 'atom';

/** How many of the newest stories a feed carries. */
export const FEED_SIZE = 50;

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
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
export async function loadFeed(scope: FeedScope): Promise<LoadedFeed | null> {
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Feed readers show bodies away from the site, so root-relative links and images must carry the origin. */
export function absolutizeHtml(html: string, origin: string): string {
  return html.replace(/(\s(?:src|href))="\/(?!\/)/g, `$1="${origin}/`);
}

/**
 * A permanent, slug-independent id for an article (RFC 4151 tag URI): renaming a story changes its
 * link but never its guid, so readers do not show it twice.
 */
export function articleGuid(id: number): string {
  return `tag:${new URL(env().siteUrl).hostname},2026:article:${id}`;
}

function heroEnclosure(article: FeedArticle): Item['image'] {
  const hero = article.hero?.variants.filter((v) => v.kind === 'hero').sort((a, b) => b.width - a.width).find((v) => v.width <= 1200);
  if (!article.hero || !hero) return undefined;
  // Length 0 is what the RSS Advisory Board recommends when the byte size is not at hand.
  return { url: absoluteUrl(mediaUrl(article.hero.key, hero.file)), type: hero.mime, length: 0 };
}

function item(article: FeedArticle, format: FeedFormat): Item {
  const origin = env().siteUrl;
  const base: Item = {
    // Atom declares its titles as HTML, so a headline such as "Pay <rise> & bonus" is escaped there.
    title: xmlSafe(format === 'atom' ? escapeHtml(article.title) : article.title),
    id: articleGuid(article.id),
    guid: articleGuid(article.id),
    link: absoluteUrl(articlePath(article)),
    date: new Date(article.updatedAt),
    published: new Date(article.publishedAt),
    description: xmlSafe(escapeHtml(article.standfirst)),
    content: xmlSafe(absolutizeHtml(sanitizeBody(article.body), origin)),
    category: article.tags.map((t) => ({ name: xmlSafe(t.name), term: t.slug })),
    image: heroEnclosure(article),
  };
  if (format === 'atom') return { ...base, author: [{ name: xmlSafe(article.author.name), link: absoluteUrl(authorPath(article.author.slug)) }] };
  // RSS 2.0's <author> must be an e-mail address, which bylines do not publish: Dublin Core's creator carries the name.
  return { ...base, extensions: [{ name: 'dc:creator', objects: { _text: xmlSafe(article.author.name) } }] };
}

export function renderFeed(loaded: LoadedFeed, format: FeedFormat): string {
  const name = siteName();
  const newest = loaded.articles.reduce<number>((max, a) => Math.max(max, Date.parse(a.updatedAt)), 0);
  const feed = new Feed({
    id: absoluteUrl(format === 'atom' ? loaded.links.atom : loaded.links.rss),
    title: xmlSafe(loaded.title),
    description: xmlSafe(loaded.description),
    link: absoluteUrl(loaded.pagePath),
    language: 'en-GB',
    image: absoluteUrl(BRAND.logo.path),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${xmlSafe(name)}`,
    updated: newest ? new Date(newest) : new Date(),
    generator: false,
    ttl: 15,
    author: { name: xmlSafe(name), link: absoluteUrl('/') },
    feedLinks: { rss: absoluteUrl(loaded.links.rss), atom: absoluteUrl(loaded.links.atom) },
  });
  for (const article of loaded.articles) feed.addItem(item(article, format));
  return format === 'atom' ? feed.atom1() : feed.rss2();
}

/** The whole route: a feed document with its content type, or a plain 404. */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const loaded = await loadFeed(scope);
  if (!loaded) return new Response('No such feed.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(renderFeed(loaded, format), { headers: { 'content-type': FEED_CONTENT_TYPE[format] } });
}
