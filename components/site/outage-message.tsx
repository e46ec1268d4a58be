/** What readers see when a page cannot be produced right now (database down, unexpected failure). */
export function OutageMessage({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Temporarily unavailable</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">This page can’t be shown right now</h1>
      <p className="mt-4 text-muted">
        Something on our side is not responding. Your connection is fine; please try again in a minute.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        {onRetry && (
          <button type="button" onClick={onRetry} className="h-11 rounded-full bg-ink px-5 font-semibold text-page">
            Try again
          </button>
        )}
        <a href="/" className="inline-flex h-11 items-center font-semibold text-accent hover:underline">
          Go to the homepage
        </a>
      </p>
    </div>
  );
}
