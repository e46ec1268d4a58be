import { MAX_QUERY_LENGTH } from '@/features/search/query';

/** The search page's own form: a plain GET form, so it works without JavaScript. */
export function SearchForm({ q }: { q: string }) {
  return (
    <form action="/search" method="get" role="search" className="mt-4 max-w-2xl">
      <label htmlFor="search-query" className="block text-sm font-semibold">
        Search for
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-tips"
          className="h-11 min-w-0 flex-1 rounded border border-line bg-page px-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        />
        <button
          type="submit"
          className="h-11 rounded bg-ink px-5 font-semibold text-page focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Search
        </button>
      </div>
      <p id="search-tips" className="mt-2 text-sm text-muted">
        Put an exact phrase in quotes (“harbour wall”) and a minus sign before a word to leave it out (ferry -timetable).
      </p>
    </form>
  );
}
