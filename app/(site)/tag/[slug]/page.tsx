import { listingRoute } from '@/components/site/listing-route';

export const revalidate = 3600;

// Rendered on first request, then cached until a change expires its tags.
export function generateStaticParams() {
  return [];
}

const route = listingRoute('tag', 'slug', false);
export const generateMetadata = route.generateMetadata;
export default route.Page;
