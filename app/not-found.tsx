import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { SiteChrome } from '@/components/site/site-chrome';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// URLs that match no route at all; pages inside the site use app/(site)/not-found.tsx.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
