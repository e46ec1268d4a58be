import type { ArticleDetail } from '@/db/queries/types';
import { authorPath, sectionPath, tagPath } from '@/lib/site';
import { ArticleBody } from './article-body';
import { DateTime } from './date-time';
import { ResponsiveImage } from './responsive-image';

/**
 * The article as readers see it; the dashboard preview renders this same component. The blocks
 * many pages share (Latest News, more from the section) come in as slots: fragments on public
 * pages, rendered inline in the preview.
 */
export function ArticleView({
  article,
  latest,
  related,
  banner,
}: {
  article: ArticleDetail;
  latest: React.ReactNode;
  related: React.ReactNode;
  banner?: React.ReactNode;
}) {
  const updated = new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 60_000;
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="min-w-0">
        {banner}
        <header>
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            <a href={sectionPath(article.section.slug)} className="hover:underline">
              {article.section.name}
            </a>
          </p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl lg:text-5xl">{article.title}</h1>
          {article.standfirst && <p className="mt-4 text-lg text-muted sm:text-xl">{article.standfirst}</p>}
          <div className="mt-5 flex flex-wrap gap-x-4 gap-y-1 border-y border-line py-3 text-sm">
            <p>
              By{' '}
              <a href={authorPath(article.author.slug)} rel="author" className="font-semibold hover:underline">
                {article.author.name}
              </a>
            </p>
            <p className="text-muted">
              Published <DateTime iso={article.publishedAt} />
            </p>
            {updated && (
              <p className="text-muted">
                Updated <DateTime iso={article.updatedAt} />
              </p>
            )}
          </div>
        </header>
        {article.hero && (
          <figure className="mt-6">
            <ResponsiveImage
              image={article.hero}
              priority
              sizes="(min-width: 1152px) 760px, (min-width: 1024px) calc(100vw - 24rem), 100vw"
              className="aspect-video w-full rounded-sm object-cover"
            />
            {(article.hero.caption || article.hero.credit) && (
              <figcaption className="mt-2 text-sm text-muted">
                {article.hero.caption}
                {article.hero.credit && <span className="ml-1 text-xs">{article.hero.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <div className="mt-8 max-w-[42rem]">
          <ArticleBody html={article.body} />
        </div>
        {article.tags.length > 0 && (
          <div className="mt-10 max-w-[42rem]">
            <h2 className="text-sm font-semibold">Topics</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.tags.map((t) => (
                <li key={t.slug}>
                  <a href={tagPath(t.slug)} className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:bg-surface">
                    {t.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {article.authorBio && (
          <section aria-label="About the author" className="mt-8 max-w-[42rem] rounded-sm bg-surface p-4 text-sm">
            <p>
              <a href={authorPath(article.author.slug)} className="font-semibold hover:underline">
                {article.author.name}
              </a>{' '}
              {article.authorBio}
            </p>
          </section>
        )}
        {related}
      </article>
      {latest}
    </div>
  );
}
