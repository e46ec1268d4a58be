import 'server-only';
import { countNewsroomTabs } from '@/db/queries/newsroom-articles';
import { atLeast, can, type StaffUser } from '@/lib/auth/permissions';

/** Counts for the dashboard's front page: the person's own drafts, and for editors what waits for review. */
export async function loadNewsroomOverview(staff: StaffUser) {
  const [own, all] = await Promise.all([countNewsroomTabs(staff.id), can(staff, 'article.listAll') ? countNewsroomTabs() : null]);
  return {
    ownDrafts: own.drafts,
    ownPending: own.pending,
    pendingReview: atLeast(staff, 'editor') && all ? all.pending : null,
    scheduled: all?.scheduled ?? own.scheduled,
  };
}
