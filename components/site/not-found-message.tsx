/** The 404 content, used inside the site layout and by the root 404 for unmatched URLs. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-muted">
        The story may have been moved or taken down, or the address may be mistyped. Try the latest stories or search.
      </p>
      <form action="/search" method="get" role="search" className="mt-6 flex justify-center gap-2">
        <label htmlFor="notfound-search" className="sr-only">
          Search stories
        </label>
        <input id="notfound-search" type="search" name="q" maxLength={200} className="h-11 w-56 rounded-full border border-line bg-page px-4" />
        <button type="submit" className="h-11 rounded-full bg-ink px-5 font-semibold text-page">
          Search
        </button>
      </form>
      <p className="mt-6">
        <a href="/" className="font-semibold text-accent hover:underline">
          Go to the homepage
        </a>
      </p>
    </div>
  );
}
