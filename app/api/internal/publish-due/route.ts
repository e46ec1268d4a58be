import { recordAudit } from '@/db/mutations/audit';
import { publishDueArticles } from '@/db/mutations/articles';
import { revalidateSecret, secretsMatch } from '@/lib/cache/secret';
import { refuseCrossSite } from '@/lib/security/origin';

export const dynamic = 'force-dynamic';

/**
 * Called every few seconds by the server's scheduler (lib/server/scheduler.ts). Running inside a
 * request lets publishing expire cached pages with revalidateTag directly.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!secretsMatch(request.headers.get('x-revalidate-secret'), revalidateSecret())) {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  const ids = await publishDueArticles();
  for (const id of ids) await recordAudit({ actorId: null, action: 'article.scheduled_publish', targetType: 'article', targetId: id });
  return Response.json({ published: ids });
}
