import type { ArticleCard } from '@/db/queries/types';
import { articlePath } from '@/lib/site';

/** The five stories read most in the last day, numbered; nothing at all before anything was read. */
export function MostRead({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="mt-10 min-w-0">
      <h2 id="most-read-heading" className="border-b-2 border-ink pb-2 text-lg font-bold">
        Most read
      </h2>
      <ol className="mt-2" data-stories="">
        {articles.map((a, i) => (
          <li key={a.id} data-story={a.id} className="flex gap-3 border-b border-line py-3 last:border-b-0">
            <span aria-hidden="true" className="font-serif text-2xl leading-none font-bold text-accent">
              {i + 1}
            </span>
            <h3 className="font-serif text-base leading-snug font-bold">
              <a href={articlePath(a)} className="hover:underline">
                {a.title}
              </a>
            </h3>
          </li>
        ))}
      </ol>
    </section>
  );
}
