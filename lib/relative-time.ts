const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "just now", "5 minutes ago", "in 3 hours", "yesterday"… for lists where recency matters more
 * than the exact time (which is shown next to it). Past and future both read naturally.
 */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(diff);
  const future = diff > 0;
  const phrase = (n: number, unit: string) => {
    const text = `${n} ${unit}${n === 1 ? '' : 's'}`;
    return future ? `in ${text}` : `${text} ago`;
  };
  if (abs < MINUTE) return future ? 'in under a minute' : 'just now';
  if (abs < HOUR) return phrase(Math.floor(abs / MINUTE), 'minute');
  if (abs < DAY) return phrase(Math.floor(abs / HOUR), 'hour');
  const days = Math.floor(abs / DAY);
  if (days === 1) return future ? 'tomorrow' : 'yesterday';
  if (days < 30) return phrase(days, 'day');
  if (days < 365) return phrase(Math.floor(days / 30), 'month');
  return phrase(Math.floor(days / 365), 'year');
}
