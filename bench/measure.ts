import { revalidateSecret } from '@/features/cache/secret';
import type { AppProcess } from '@/testing/app-process';

export async function expire(app: Pick<AppProcess, 'url'>, tags: string[]) {
  const res = await fetch(`${app.url}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidateSecret()!, origin: app.url },
    body: JSON.stringify({ tags }),
  });
  if (!res.ok) throw new Error(`revalidate failed: ${res.status}`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
