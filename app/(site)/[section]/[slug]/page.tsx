import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { JsonLd } from '@/components/site/json-ld';
import { FragmentSlot } from '@/components/site/fragment-slot';
import { ViewBeacon } from '@/components/site/view-beacon';
import { getPublishedArticle, resolveOldSlug } from '@/db/queries/public-articles';
import { FRAGMENTS } from '@/lib/esi';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { articleMetadata } from '@/features/seo/article-metadata';
import { articleBreadcrumbs, newsArticleJsonLd } from '@/features/seo/json-ld';
import { articlePath, articleUrlPath } from '@/lib/site';
import { isValidSlug } from '@/lib/slug';

export const revalidate = 3600;

// Articles render on first request and are then cached until a change expires their tags.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string }> };

async function load(slug: string) {
  return isValidSlug(slug) ? getPublishedArticle(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await load(slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await load(slug);
  if (!article) {
    const moved = isValidSlug(slug) ? await resolveOldSlug(slug) : null;
    if (moved) {
      await tagPage(TAG.article(moved.id), TAG.articleSlug(slug));
      permanentRedirect(articleUrlPath(moved.sectionSlug, moved.slug));
    }
    // Tagged by slug so that publishing an article under this slug replaces the cached 404.
    if (isValidSlug(slug)) await tagPage(TAG.articleSlug(slug));
    notFound();
  }
  if (article.section.slug !== section) {
    await tagPage(TAG.article(article.id), TAG.articleSlug(slug));
    permanentRedirect(articlePath(article));
  }
  // Latest News and "More from" are fragments with tags of their own: publishing elsewhere
  // re-renders them, not this page.
  await tagPage(TAG.article(article.id), TAG.articleSlug(slug));
  const latest = FRAGMENTS.latestNews;
  const related = FRAGMENTS.moreFrom(article.section.slug);
  const mostRead = FRAGMENTS.mostRead;
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd data={articleBreadcrumbs(article)} />
      <ArticleView
        article={article}
        latest={
          <div className="min-w-0">
            <FragmentSlot name="latest-news" src={latest.src} hide={article.id} show={latest.shown} />
            <FragmentSlot name="most-read" src={mostRead.src} show={mostRead.shown} />
          </div>
        }
        related={<FragmentSlot name="more-from" src={related.src} hide={article.id} show={related.shown} />}
      />
      <ViewBeacon articleId={article.id} />
    </>
  );
}
