'use client';

import { OutageMessage } from '@/components/site/outage-message';

// Rendered inside the site layout when a page fails; the server answers 503 if the database is down.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <OutageMessage onRetry={reset} />;
}
