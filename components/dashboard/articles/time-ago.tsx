import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date';
import { relativeTime } from '@/lib/relative-time';

/** Relative time for scanning a list, with the exact time beside it for checking. */
export function TimeAgo({ iso, now }: { iso: string; now: Date }) {
  const exact = formatDateTime(iso, env().siteTimeZone);
  return (
    <time dateTime={iso} title={exact} className="flex flex-col">
      <span>{relativeTime(iso, now)}</span>
      <span className="text-xs text-muted">{exact}</span>
    </time>
  );
}
