import { exportStatsCsv } from '@/features/analytics/stats';
import { can } from '@/features/auth/permissions';
import { getStaff } from '@/features/auth/session';

export const dynamic = 'force-dynamic';

/** The readership CSV: authorizes itself (signed in, and allowed site-wide numbers), whatever led here. */
export async function GET() {
  const staff = await getStaff();
  if (!staff) return Response.json({ error: 'Sign in to download readership data.' }, { status: 401 });
  if (!can(staff, 'stats.read')) return Response.json({ error: 'Site-wide readership is for editors and administrators.' }, { status: 403 });
  const csv = await exportStatsCsv(staff);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="readership-${day}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
