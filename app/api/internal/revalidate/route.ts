import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { flushFrontCache } from '@/lib/cache/front-cache-hook';
import { revalidateSecret, secretsMatch } from '@/lib/cache/secret';
import { refuseCrossSite } from '@/lib/security/origin';

export const dynamic = 'force-dynamic';

const body = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(500) }).strict();

/**
 * Lets processes without a request scope (the scheduler's timer, scripts, tests) expire cached
 * pages. Protected by a secret derived from AUTH_SECRET; not reachable with a guess.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!secretsMatch(request.headers.get('x-revalidate-secret'), revalidateSecret())) {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  let parsed: z.infer<typeof body>;
  try {
    parsed = body.parse(await request.json());
  } catch {
    return Response.json({ error: 'Expected {"tags": ["…"]}' }, { status: 400 });
  }
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 });
  flushFrontCache();
  return Response.json({ expired: parsed.tags.length });
}
