import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date';

/** A machine-readable time, shown in the site zone and re-shown in the reader's locale by LOCAL_TIME_SCRIPT. */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} data-local="" className={className} suppressHydrationWarning>
      {formatDateTime(iso, env().siteTimeZone)}
    </time>
  );
}
