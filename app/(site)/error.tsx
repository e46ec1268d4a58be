'use client';

import { OutageMessage } from '@/components/site/outage-message';

// Rendered inside the site layout when a page fails; the server answers 503 if the database is
// down. Public pages run no React in the browser, so there is no in-place retry button: the
// message says to try again, and every link works.
export default function SiteError() {
  return <OutageMessage />;
}
