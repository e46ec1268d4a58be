import type { Metadata } from 'next';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';
import { parseSearchRequest, searchPath } from '@/features/search/query';
import { runSearch } from '@/features/search/run-search';
import { pageMetadata } from '@/features/seo/page-metadata';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { declareSharedRender } from '@/lib/request-slot';

// Next cannot cache a page that reads its query; the HTTP server in front stores each normalised
// query's page instead (runtime/server/public-pages.ts) until any visible change expires TAG.search.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseSearchRequest(await searchParams);
  const ok = request.state === 'ok';
  return pageMetadata({
    title: ok ? `Search results for “${request.q}”${request.page > 1 ? ` – page ${request.page}` : ''}` : 'Search',
    description: 'Search every story published by the Chronicle.',
    path: ok ? searchPath(request.q, request.page) : '/search',
    // Result pages are endless and thin: kept out of search engines, while their links are followed.
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const [outcome] = await Promise.all([runSearch(await searchParams), tagPage(TAG.search)]);
  declareSharedRender();
  const q = outcome.state === 'results' || outcome.state === 'no-words' ? outcome.q : '';
  return (
    <>
      <header className="border-b-2 border-ink pb-6">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm q={q} />
      </header>
      <SearchResults outcome={outcome} />
    </>
  );
}
