import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { listingMetadata, loadListing, movedSectionPath, parsePageParam, type ListingKind } from '@/features/site/listing';
import { ListingView } from './listing-view';

type Params = Promise<Record<string, string>>;

/**
 * The page and metadata functions of a listing route. Page 1 lives at the bare path; pages 2+ at
 * an internal /page/N route that proxy.ts rewrites ?page=N to, so every page is cached on its own.
 */
export function listingRoute(kind: ListingKind, slugParam: string | null, paged: boolean) {
  async function load(params: Params) {
    const values = await params;
    const slug = slugParam ? (values[slugParam] ?? null) : null;
    const page = paged ? parsePageParam(values.page ?? '') : 1;
    return { slug, page, listing: page ? await loadListing(kind, slug, page) : null };
  }
  return {
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      return listingMetadata((await load(params)).listing);
    },
    async Page({ params }: { params: Params }) {
      const { slug, page, listing } = await load(params);
      if (!listing) {
        // A renamed section's old address keeps working for readers and search engines.
        const moved = kind === 'section' && slug && page ? await movedSectionPath(slug, page) : null;
        if (moved) permanentRedirect(moved);
        notFound();
      }
      return <ListingView listing={listing} />;
    },
  };
}
