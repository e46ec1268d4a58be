import { recordViews, viewBatch } from '@/features/analytics/most-read';
import { refuseUnlessInternal } from '@/features/cache/internal-route';

export const dynamic = 'force-dynamic';

/**
 * Where the HTTP server writes its batched view counts (runtime/server/view-counter.ts) and, every
 * few minutes, asks whether "Most read" changed. Internal: the secret derived from AUTH_SECRET.
 */
export async function POST(request: Request) {
  const refused = refuseUnlessInternal(request);
  if (refused) return refused;
  let batch;
  try {
    batch = viewBatch.parse(await request.json());
  } catch {
    return Response.json({ error: 'Expected {"rows": [{"articleId", "hour", "views", "visitors"}], "refreshMostRead": boolean}' }, { status: 400 });
  }
  return Response.json(await recordViews(batch));
}
