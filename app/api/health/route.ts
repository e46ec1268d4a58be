import { databaseReachable } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** For load balancers and monitors: 200 when the app can reach its database, 503 otherwise. */
export async function GET() {
  const database = await databaseReachable();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'reachable' : 'unreachable' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store', ...(database ? {} : { 'retry-after': '30' }) } },
  );
}
