import type { Listing } from '@/features/site/listing';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

/** Section, author, tag and archive pages: heading, story grid, pagination. */
export function ListingView({ listing }: { listing: Listing }) {
  const { data } = listing;
  const label = listing.kind === 'author' ? 'Author' : listing.kind === 'tag' ? 'Topic' : listing.kind === 'section' ? 'Section' : null;
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        {label && <p className="text-sm font-semibold tracking-wide text-accent uppercase">{label}</p>}
        <h1 className="mt-1 font-serif text-4xl font-bold">
          {listing.heading}
          {data.page > 1 && <span className="ml-2 text-xl font-normal text-muted">page {data.page}</span>}
        </h1>
        {listing.description && <p className="mt-2 max-w-2xl text-muted">{listing.description}</p>}
      </header>
      {data.items.length === 0 ? (
        <p className="py-12 text-muted">No published stories here yet.</p>
      ) : (
        <div className="mt-8 grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {data.items.map((a, i) => (
            <ArticleCard key={a.id} article={a} headingLevel={2} priority={i === 0 && data.page === 1} showSection={listing.kind !== 'section'} />
          ))}
        </div>
      )}
      <Pagination basePath={listing.basePath} page={data.page} pages={data.pages} />
    </>
  );
}
