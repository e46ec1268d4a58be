import type { SectionSummary } from '@/db/queries/types';
import { siteFeed } from '@/features/feeds/paths';
import { sectionPath } from '@/lib/site';

export function SiteFooter({ siteName, sections }: { siteName: string; sections: SectionSummary[] }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-xl font-bold">{siteName}</p>
          <p className="mt-2 text-muted">Independent local journalism for Northgate and the Wend valley.</p>
        </div>
        <nav aria-label="Footer sections">
          <h2 className="font-semibold">Sections</h2>
          <ul className="mt-2 grid grid-cols-2 gap-1">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={sectionPath(s.slug)} className="hover:underline">
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="font-semibold">More</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <a href="/latest" className="hover:underline">
                All stories
              </a>
            </li>
            <li>
              <a href={siteFeed(siteName).rss} type="application/rss+xml" className="hover:underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/login" className="hover:underline" rel="nofollow">
                Staff sign in
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="pb-8 text-center text-xs text-muted">
        © {siteName}. Stories and illustrations are demo content written for this project.
      </p>
    </footer>
  );
}
