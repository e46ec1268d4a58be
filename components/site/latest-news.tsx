import type { ArticleCard } from '@/db/queries/types';
import { articlePath } from '@/lib/site';
import { ResponsiveImage } from './responsive-image';

/**
 * The Latest News sidebar of article pages. Public pages include it as one fragment shared by every
 * article (components/site/fragment-slot.tsx hides the story being read), the preview inline.
 */
export function LatestNews({ articles }: { articles: ArticleCard[] }) {
  return (
    <aside aria-labelledby="latest-news-heading" className="min-w-0">
      <h2 id="latest-news-heading" className="border-b-2 border-ink pb-2 text-lg font-bold">
        Latest News
      </h2>
      <ol className="mt-2" data-stories="">
        {articles.map((a) => (
          <li key={a.id} data-story={a.id} className="flex gap-3 border-b border-line py-3 last:border-b-0">
            {a.hero && (
              <a href={articlePath(a)} tabIndex={-1} aria-hidden="true" className="shrink-0">
                <ResponsiveImage image={a.hero} alt="" sizes="96px" maxWidth={400} className="h-16 w-24 rounded-sm object-cover" />
              </a>
            )}
            <div className="min-w-0">
              <h3 className="font-serif text-base leading-snug font-bold">
                <a href={articlePath(a)} className="hover:underline">
                  {a.title}
                </a>
              </h3>
              <p className="line-clamp-1 text-sm text-muted">{a.standfirst}</p>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
