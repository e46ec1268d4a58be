'use client';

import { OutageMessage } from '@/components/site/outage-message';
import './globals.css';

// Last resort when even the layout (header sections) cannot render, e.g. the database is down.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-page text-ink">
        <header className="border-b border-line px-4 py-4">
          <a href="/" className="font-serif text-2xl font-bold">
            The Northgate Chronicle
          </a>
        </header>
        <main id="main">
          <OutageMessage onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
