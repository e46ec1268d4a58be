import type { Metadata } from 'next';
import type { ArticleDetail } from '@/db/queries/types';
import { mediaUrl } from '@/lib/media/storage';
import { absoluteUrl, articlePath, authorPath } from '@/lib/site';

/** Title, description, canonical and social cards for an article page. */
export function articleMetadata(article: ArticleDetail): Metadata {
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.standfirst;
  const og = article.hero?.variants.find((v) => v.kind === 'og');
  const images = article.hero && og ? [{ url: mediaUrl(article.hero.key, og.file), width: og.width, height: og.height, alt: article.hero.alt }] : [];
  return {
    title,
    description,
    alternates: { canonical: articlePath(article) },
    authors: [{ name: article.author.name, url: absoluteUrl(authorPath(article.author.slug)) }],
    openGraph: {
      type: 'article',
      title,
      description,
      url: articlePath(article),
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: [absoluteUrl(authorPath(article.author.slug))],
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map((i) => i.url) },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}
