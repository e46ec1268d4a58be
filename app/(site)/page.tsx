import type { Metadata } from 'next';
import { ArticleCard } from '@/components/site/article-card';
import { FragmentSlot } from '@/components/site/fragment-slot';
import { JsonLd } from '@/components/site/json-ld';
import { getLatestArticles, getSectionLatest } from '@/db/queries/public-articles';
import { getSections } from '@/db/queries/taxonomy';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS } from '@/lib/esi';
import { SITE_DESCRIPTION } from '@/lib/brand';
import { organizationJsonLd, webSiteJsonLd } from '@/features/seo/json-ld';
import { pageMetadata } from '@/features/seo/page-metadata';
import { sectionPath, siteName } from '@/lib/site';

// Tags expire this page the moment a story changes; the timer is only a backstop.
export const revalidate = 3600;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: { absolute: `${siteName()}: news from Northgate and the Wend valley` },
    description: SITE_DESCRIPTION,
    path: '/',
  });
}

export default async function HomePage() {
  const [top, sections] = await Promise.all([getLatestArticles(15), getSections()]);
  const [lead, ...rest] = top;
  const secondary = rest.slice(0, 4);
  const latest = rest.slice(4, 14);
  const shown = [lead, ...secondary].filter(Boolean).map((a) => a!.id);
  const blocks = await Promise.all(
    sections.map(async (section) => ({ section, articles: await getSectionLatest(section.id, 4, shown) })),
  );
  // The listings it draws from (a story joining or leaving them), and each story it shows (an edit).
  const stories = [...top, ...blocks.flatMap((b) => b.articles)].map((a) => TAG.article(a.id));
  await tagPage(TAG.home, TAG.latest, ...sections.map((s) => TAG.section(s.slug)), ...stories);

  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
      <h1 className="sr-only">{siteName()}: today’s stories</h1>
      {lead ? (
        <section aria-labelledby="top-stories" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0">
            <h2 id="top-stories" className="sr-only">
              Top stories
            </h2>
            <ArticleCard article={lead} variant="lead" priority headingLevel={3} />
            <div className="mt-8 grid gap-6 border-t border-line pt-6 sm:grid-cols-2 xl:grid-cols-4">
              {secondary.map((a) => (
                <ArticleCard key={a.id} article={a} />
              ))}
            </div>
          </div>
          <section aria-labelledby="latest-heading" className="min-w-0">
            <h2 id="latest-heading" className="border-b-2 border-ink pb-2 text-lg font-bold">
              Latest
            </h2>
            <div>
              {latest.map((a) => (
                <ArticleCard key={a.id} article={a} variant="compact" />
              ))}
            </div>
            <p className="mt-3 text-sm">
              <a href="/latest" className="font-semibold text-accent hover:underline">
                More stories →
              </a>
            </p>
            <FragmentSlot name="most-read" src={FRAGMENTS.mostRead.src} show={FRAGMENTS.mostRead.shown} />
          </section>
        </section>
      ) : (
        <p className="py-16 text-center text-muted">No stories have been published yet.</p>
      )}
      {blocks
        .filter((b) => b.articles.length > 0)
        .map(({ section, articles }) => (
          <section key={section.id} aria-labelledby={`section-${section.slug}`} className="mt-12 border-t-2 border-ink pt-4">
            <div className="flex items-baseline justify-between gap-4">
              <h2 id={`section-${section.slug}`} className="text-2xl font-bold">
                <a href={sectionPath(section.slug)} className="hover:text-accent">
                  {section.name}
                </a>
              </h2>
              <a href={sectionPath(section.slug)} className="text-sm font-semibold text-accent hover:underline">
                More {section.name.toLowerCase()} →
              </a>
            </div>
            <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {articles.map((a) => (
                <ArticleCard key={a.id} article={a} showSection={false} />
              ))}
            </div>
          </section>
        ))}
    </>
  );
}
