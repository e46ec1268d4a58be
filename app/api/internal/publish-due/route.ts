import { publishDueArticles } from '@/db/mutations/articles';
import { refuseUnlessInternal } from '@/features/cache/internal-route';
import { onCommitted } from '@/lib/changes/pipeline';

export const dynamic = 'force-dynamic';

/**
 * Called every few seconds by the server's scheduler (runtime/server/scheduler.ts). Running inside a
 * request lets the change pipeline expire Next's cache with revalidateTag directly.
 */
export async function POST(request: Request) {
  const refused = refuseUnlessInternal(request);
  if (refused) return refused;
  const { ids, change } = await publishDueArticles();
  await onCommitted(change);
  return Response.json({ published: ids });
}
