import { z } from 'zod';
import { refuseUnlessInternal } from '@/features/cache/internal-route';
import { changeOf, type Change } from '@/lib/changes/change';
import { onCommitted } from '@/lib/changes/pipeline';

export const dynamic = 'force-dynamic';

const body = z
  .object({
    tags: z.array(z.string().min(1).max(256)).min(1).max(500),
    reason: z.string().max(500).optional(),
    // Absent: 'cluster' (a script's write: every instance learns of it).
    scope: z.enum(['cluster', 'relayed', 'process']).optional(),
  })
  .strict();

/**
 * Where changes committed by other processes (scripts, tests, the bench) and by this app outside
 * a request scope are announced to this app's subscribers, with the scope they came with: a change
 * this app forwards to itself is 'relayed' or 'process' and so never broadcast again. Protected by
 * a secret derived from AUTH_SECRET; not reachable with a guess.
 */
export async function POST(request: Request) {
  const refused = refuseUnlessInternal(request);
  if (refused) return refused;
  let parsed: z.infer<typeof body>;
  try {
    parsed = body.parse(await request.json());
  } catch {
    return Response.json({ error: 'Expected {"tags": ["…"], "reason"?: "…", "scope"?: "cluster" | "relayed" | "process"}' }, { status: 400 });
  }
  const tagged = changeOf(parsed.tags, parsed.reason ?? 'announced over HTTP');
  const change: Change = parsed.scope ? { ...tagged, scope: parsed.scope } : tagged;
  const delivery = await onCommitted(change);
  if (!delivery.refreshed) return Response.json({ error: `Not applied by: ${delivery.failed.join(', ')}` }, { status: 503 });
  return Response.json({ expired: parsed.tags.length });
}
