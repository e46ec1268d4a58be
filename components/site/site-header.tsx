import type { SectionSummary } from '@/db/queries/types';
import { sectionPath } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ siteName, sections }: { siteName: string; sections: SectionSummary[] }) {
  return (
    <header className="border-b border-line">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-page focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <a href="/" className="font-serif text-2xl font-bold tracking-tight sm:text-3xl">
          {siteName}
        </a>
        <div className="flex flex-wrap items-center gap-2">
          <form action="/search" method="get" role="search" className="flex items-center gap-1">
            <label htmlFor="site-search" className="sr-only">
              Search stories
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              maxLength={200}
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
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          <li>
            <a href="/latest" className="inline-block px-2 py-3 hover:text-accent">
              Latest
            </a>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.slug)} className="inline-block px-2 py-3 hover:text-accent">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
