import 'server-only';
import { z } from 'zod';
import { addArticleViews } from '@/db/mutations/article-views';
import { mostReadIds } from '@/db/queries/article-views';
import { sameTopList } from '@/lib/analytics/top-list';
import type { Change } from '@/lib/changes/change';
import { onCommitted } from '@/lib/changes/pipeline';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS } from '@/lib/esi';

const row = z
  .object({
    articleId: z.number().int().positive().max(2_147_483_647),
    hour: z.string().datetime(),
    views: z.number().int().positive().max(1_000_000_000),
    visitors: z.number().int().nonnegative().max(1_000_000_000),
  })
  .strict();

/** What the HTTP server's view counter sends (runtime/server/view-counter.ts). */
export const viewBatch = z.object({ rows: z.array(row).max(50_000), refreshMostRead: z.boolean().default(false) }).strict();
export type ViewBatch = z.infer<typeof viewBatch>;

// The list the "Most read" fragment was last told about, per process; unknown after a start,
// which announces "everything changed" anyway.
type Held = { __northgateMostRead?: number[] | null };
const held = globalThis as Held;

/**
 * Writes a batch of counts; when asked, recomputes "Most read" and expires its fragment only if
 * the stories or their order changed. Counts going up within the same order re-render nothing.
 */
export async function recordViews(batch: ViewBatch): Promise<{ written: number; mostRead?: number[]; changed?: boolean }> {
  const written = await addArticleViews(batch.rows);
  if (!batch.refreshMostRead) return { written };
  const top = await mostReadIds(FRAGMENTS.mostRead.shown);
  const before = held.__northgateMostRead ?? null;
  if (sameTopList(before, top)) return { written, mostRead: top, changed: false };
  // Not changeOf(): a new order changes no search result, so stored searches stay.
  const change: Change = { tags: [TAG.mostRead], reason: `most read now ${top.join(', ') || 'empty'}` };
  const delivery = await onCommitted(change);
  // Undelivered: keep the old list so the next refresh tries again.
  if (delivery.refreshed) held.__northgateMostRead = top;
  return { written, mostRead: top, changed: true };
}
