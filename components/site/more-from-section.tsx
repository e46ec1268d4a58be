import type { ArticleCard as Card } from '@/db/queries/types';
import { ArticleCard } from './article-card';

/**
 * "More from <section>" under an article: the section's newest stories. Public pages include it as
 * one fragment per section (components/site/fragment-slot.tsx hides the story being read), the
 * preview inline.
 */
export function MoreFromSection({ sectionName, articles }: { sectionName: string; articles: Card[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t-2 border-ink pt-4">
      <h2 id="related-heading" className="text-xl font-bold">
        More from {sectionName}
      </h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-2" data-stories="">
        {articles.map((a) => (
          <div key={a.id} data-story={a.id}>
            <ArticleCard article={a} showSection={false} />
          </div>
        ))}
      </div>
    </section>
  );
}
