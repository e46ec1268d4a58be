import { publishDueArticles } from '@/db/mutations/articles';
import { revalidateSecret, secretsMatch } from '@/features/cache/secret';
import { onCommitted } from '@/lib/changes/pipeline';
import { refuseCrossSite } from '@/lib/security/origin';

export const dynamic = 'force-dynamic';

/**
 * Called every few seconds by the server's scheduler (runtime/server/scheduler.ts). Running inside a
 * request lets the change pipeline expire Next's cache with revalidateTag directly.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!secretsMatch(request.headers.get('x-revalidate-secret'), revalidateSecret())) {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  const { ids, change } = await publishDueArticles();
  await onCommitted(change);
  return Response.json({ published: ids });
}
