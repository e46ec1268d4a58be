import type { ArticleCard as Card } from '@/db/queries/types';
import { articlePath, sectionPath } from '@/lib/site';
import { DateTime } from './date-time';
import { ResponsiveImage } from './responsive-image';

type Variant = 'lead' | 'standard' | 'compact';

/** A story teaser. The headline is the link; the image repeats it for pointer users only. */
export function ArticleCard({
  article,
  variant = 'standard',
  priority = false,
  headingLevel = 3,
  showSection = true,
}: {
  article: Card;
  variant?: Variant;
  priority?: boolean;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const href = articlePath(article);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (variant === 'compact') {
    return (
      <article className="flex gap-3 border-t border-line py-3 first:border-t-0">
        <div className="min-w-0 flex-1">
          <Heading className="font-serif text-base font-bold leading-snug">
            <a href={href} className="hover:underline">
              {article.title}
            </a>
          </Heading>
          <p className="mt-1 text-xs text-muted">
            <DateTime iso={article.publishedAt} />
          </p>
        </div>
      </article>
    );
  }
  const lead = variant === 'lead';
  return (
    <article className={lead ? 'grid gap-4 md:grid-cols-5 md:gap-6' : 'flex flex-col gap-2'}>
      {article.hero && (
        <a href={href} tabIndex={-1} aria-hidden="true" className={lead ? 'block md:col-span-3' : 'block'}>
          <ResponsiveImage
            image={article.hero}
            alt=""
            priority={priority}
            // A teaser is at most 300 CSS px wide on desktop and 100vw on phones: 1200 px covers 3x screens.
            maxWidth={lead ? Infinity : 1200}
            sizes={lead ? '(min-width: 1024px) 720px, 100vw' : '(min-width: 1024px) 300px, (min-width: 640px) 45vw, 100vw'}
            className="aspect-video w-full rounded-sm object-cover"
          />
        </a>
      )}
      <div className={lead ? 'md:col-span-2' : ''}>
        {showSection && (
          <p className="text-xs font-semibold tracking-wide text-accent uppercase">
            <a href={sectionPath(article.section.slug)} className="hover:underline">
              {article.section.name}
            </a>
          </p>
        )}
        <Heading className={`font-serif font-bold leading-tight ${lead ? 'mt-1 text-3xl md:text-4xl' : 'mt-1 text-xl'}`}>
          <a href={href} className="hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className={`mt-2 text-muted ${lead ? 'text-lg' : 'text-sm'}`}>{article.standfirst}</p>
        <p className="mt-2 text-xs text-muted">
          {article.author.name} · <DateTime iso={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
