import type { Metadata } from 'next';
import type { ArticleDetail } from '@/db/queries/types';
import { authorFeed, sectionFeed } from '@/features/feeds/paths';
import { mediaUrl } from '@/lib/media/storage';
import { pageMetadata, type ShareImage } from '@/features/seo/page-metadata';
import { absoluteUrl, articlePath, authorPath, siteName } from '@/lib/site';

/** The 1200 px social card of an article's hero, with its size so networks lay it out before fetching. */
function shareImage(article: ArticleDetail): ShareImage | null {
  const og = article.hero?.variants.find((v) => v.kind === 'og');
  if (!article.hero || !og) return null;
  return { url: mediaUrl(article.hero.key, og.file), width: og.width, height: og.height, alt: article.hero.alt || article.title };
}

/** Title, description, canonical, Open Graph article tags and the large Twitter card of an article page. */
export function articleMetadata(article: ArticleDetail): Metadata {
  const name = siteName();
  const metadata = pageMetadata({
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.standfirst,
    path: articlePath(article),
    image: shareImage(article),
    feeds: [sectionFeed(article.section.slug, article.section.name, name), authorFeed(article.author.slug, article.author.name, name)],
    openGraph: {
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: [absoluteUrl(authorPath(article.author.slug))],
    },
  });
  return { ...metadata, authors: [{ name: article.author.name, url: absoluteUrl(authorPath(article.author.slug)) }] };
}
