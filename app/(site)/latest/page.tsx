import { listingRoute } from '@/components/site/listing-route';

export const revalidate = 3600;

const route = listingRoute('latest', null, false);
export const generateMetadata = route.generateMetadata;
export default route.Page;
