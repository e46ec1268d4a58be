import 'server-only';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/features/auth/session';
import { AppError } from '@/lib/errors';
import { parseRouteId } from '@/lib/route-params';

type Staff = Awaited<ReturnType<typeof requireStaff>>;

/**
 * What every page under /dashboard/articles/[id] starts with: the signed-in staff member, the
 * story's id from the URL, and what `load` reads for them. A malformed id, a missing story and a
 * story this person may not open all answer 404: from outside they look the same.
 */
export async function loadStoryPage<T>(params: Promise<{ id: string }>, load: (staff: Staff, id: number) => Promise<T>): Promise<{ staff: Staff; id: number; data: T }> {
  const staff = await requireStaff();
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const data = await load(staff, id).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  if (data === null) notFound();
  return { staff, id, data };
}
