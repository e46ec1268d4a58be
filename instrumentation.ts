// Runs once when Next's server starts: subscribers of the change pipeline that must live inside
// Next's own bundle register here (the HTTP server registers its front cache itself).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { beforeDelivery, subscribe } = await import('@/lib/changes/pipeline');
  const { nextCacheExpiry } = await import('@/features/cache/next-expiry');
  subscribe(nextCacheExpiry);
  const { env } = await import('@/lib/env');
  if (env().replica) {
    // Lag-tolerant reads go to the replica: no cache hears of a change before the replica has it.
    const { replicaFence } = await import('@/db/replica');
    beforeDelivery(replicaFence);
  }
}
