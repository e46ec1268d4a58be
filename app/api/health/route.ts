import { databaseReachable } from '@/db/queries/health';
import { appliedClockCorrection, measureClockDrift } from '@/lib/clock-drift';

export const dynamic = 'force-dynamic';

/** For load balancers and monitors: 200 when the app can reach its database, 503 otherwise. */
export async function GET() {
  const database = await databaseReachable();
  return Response.json(
    {
      status: database ? 'ok' : 'unavailable',
      database: database ? 'reachable' : 'unreachable',
      // How far the wall clock ran ahead of the monotonic clock (paused VM), and the correction that
      // keeps cache expiry immediate anyway (lib/clock-drift.ts).
      clock: { driftMs: Math.round(measureClockDrift()), correctedMs: Math.round(appliedClockCorrection()) },
    },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store', ...(database ? {} : { 'retry-after': '30' }) } },
  );
}
