const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * Server-side rendering of a date in the site's time zone, e.g. "25 November 2026, 14:02 UTC".
 * Cached pages cannot know the reader's zone; a tiny script re-renders it in the reader's locale.
 */
export function formatDateTime(iso: string, timeZone: string): string {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    cache.set(timeZone, f);
  }
  return f.format(new Date(iso));
}
