import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date';
import { relativeTime } from '@/lib/relative-time';

const compact = new Map<string, Intl.DateTimeFormat>();

/** "25 Nov, 14:02" (with the year when it is not this year): short enough for a table cell. */
function compactDateTime(iso: string, now: Date, timeZone: string): string {
  const sameYear = new Date(iso).getUTCFullYear() === now.getUTCFullYear();
  const key = `${timeZone}:${sameYear}`;
  let f = compact.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
    compact.set(key, f);
  }
  return f.format(new Date(iso));
}

/** Relative time for scanning a list, with the exact time beside it (and in full on hover). */
export function TimeAgo({ iso, now }: { iso: string; now: Date }) {
  const zone = env().siteTimeZone;
  return (
    <time dateTime={iso} title={formatDateTime(iso, zone)} className="flex flex-col whitespace-nowrap">
      <span>{relativeTime(iso, now)}</span>
      <span className="text-xs text-muted">{compactDateTime(iso, now, zone)}</span>
    </time>
  );
}
