import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata, loadListing, parsePageParam, type ListingKind } from '@/lib/listing';
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
    return page ? loadListing(kind, slug, page) : null;
  }
  return {
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      return listingMetadata(await load(params));
    },
    async Page({ params }: { params: Params }) {
      const listing = await load(params);
      if (!listing) notFound();
      return <ListingView listing={listing} />;
    },
  };
}
