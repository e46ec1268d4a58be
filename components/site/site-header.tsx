import type { SectionSummary } from '@/db/queries/types';
import { MAX_QUERY_LENGTH } from '@/features/search/query';
import { sectionPath } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

const FOCUS_RING = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

/** A magnifier while the phone search is closed, a cross while it is open (tapping again closes it). */
function SearchIcon() {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="group-open:hidden">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-4-4" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="hidden group-open:block">
        <path d="M6 6l12 12M18 6 6 18" />
      </svg>
    </>
  );
}

/**
 * On a phone the header is one row (name, search, theme) above one scrolling row of sections, so
 * the story starts within the first screen. From md up it is the desktop header: inline search
 * form and labelled theme button. The two search forms are never shown together (display:none),
 * so only one is ever in the accessibility tree, and both are plain GET forms that need no script.
 */
export function SiteHeader({ siteName, sections }: { siteName: string; sections: SectionSummary[] }) {
  return (
    <header className="border-b border-line">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-page focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {/* relative: the phone search panel opens as an overlay just below this row. */}
      <div className="relative mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2 md:flex-wrap md:gap-3 md:py-4">
        <a href="/" className="min-w-0 font-serif text-xl font-bold tracking-tight sm:text-3xl">
          {siteName}
        </a>
        <div className="flex shrink-0 items-center gap-2 md:shrink md:flex-wrap">
          {/* A disclosure rather than a script-driven panel: it opens and closes without JavaScript.
              The summary must stay its first child (THEME_TOGGLE_SCRIPT focuses the box on open). */}
          <details className="group md:hidden" data-search="">
            <summary
              className={`flex h-11 w-11 cursor-pointer list-none items-center justify-center rounded-full border border-line hover:bg-surface group-open:bg-surface [&::-webkit-details-marker]:hidden ${FOCUS_RING}`}
            >
              <SearchIcon />
              <span className="sr-only">Search</span>
            </summary>
            <form
              action="/search"
              method="get"
              role="search"
              className="absolute inset-x-0 top-full z-20 flex gap-2 border-y border-line bg-page px-4 py-3 shadow-md"
            >
              <label htmlFor="site-search-compact" className="sr-only">
                Search stories
              </label>
              <input
                id="site-search-compact"
                type="search"
                name="q"
                maxLength={MAX_QUERY_LENGTH}
                placeholder="Search stories"
                className={`h-11 min-w-0 flex-1 rounded-full border border-line bg-page px-4 ${FOCUS_RING}`}
              />
              <button type="submit" className={`h-11 rounded-full bg-ink px-4 text-sm font-semibold text-page ${FOCUS_RING}`}>
                Search
              </button>
            </form>
          </details>
          <form action="/search" method="get" role="search" className="hidden items-center gap-1 md:flex">
            <label htmlFor="site-search" className="sr-only">
              Search stories
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              maxLength={MAX_QUERY_LENGTH}
              placeholder="Search"
              className="h-11 w-36 rounded-full border border-line bg-page px-4 text-sm sm:w-48"
            />
            <button type="submit" className="h-11 rounded-full bg-ink px-4 text-sm font-semibold text-page">
              Search
            </button>
          </form>
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label="Sections" className="border-t border-line">
        {/* Phones: one row that scrolls sideways instead of wrapping into several. The focus ring is
            drawn inside each link, because the scrolling list clips anything outside it. */}
        <ul className="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap md:flex-wrap md:overflow-x-visible md:whitespace-normal">
          <li className="shrink-0">
            <a href="/latest" className="inline-block px-2 py-3 hover:text-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent">
              Latest
            </a>
          </li>
          {sections.map((s) => (
            <li key={s.id} className="shrink-0">
              <a
                href={sectionPath(s.slug)}
                className="inline-block px-2 py-3 hover:text-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
              >
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
