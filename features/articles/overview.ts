import 'server-only';
import { listArticlesByStatus, type OverviewItem } from '@/db/queries/overview';
import { atLeast, can, seesOthersIn, type StaffUser } from '@/features/auth/permissions';

export type OverviewList = { id: string; title: string; empty: string; items: OverviewItem[]; when: 'updated' | 'scheduled' | 'published' };

const LIMIT = 8;

/**
 * The newsroom's front page for one person. Contributors only ever see their own articles here;
 * authors also the whole newsroom's output, editors also its schedule and the review queue (the
 * same rule as the article list: seesOthersIn).
 */
export async function getOverview(staff: StaffUser): Promise<OverviewList[]> {
  const everyone = (status: 'pending_review' | 'scheduled' | 'published') => can(staff, 'article.listAll') && seesOthersIn(staff, status);
  const scope = (status: 'pending_review' | 'scheduled' | 'published') => (everyone(status) ? {} : { authorId: staff.id });
  const editor = atLeast(staff, 'editor');
  const [drafts, pending, scheduled, published] = await Promise.all([
    listArticlesByStatus('draft', { authorId: staff.id, order: 'updated', limit: LIMIT }),
    listArticlesByStatus('pending_review', { ...scope('pending_review'), order: 'updated', limit: LIMIT }),
    listArticlesByStatus('scheduled', { ...scope('scheduled'), order: 'scheduled', limit: LIMIT }),
    listArticlesByStatus('published', { ...scope('published'), order: 'published', limit: LIMIT }),
  ]);
  return [
    { id: 'drafts', title: 'Your drafts', empty: 'You have no drafts.', items: drafts, when: 'updated' },
    editor
      ? { id: 'review', title: 'Waiting for review', empty: 'Nothing is waiting for review.', items: pending, when: 'updated' }
      : { id: 'review', title: 'Your stories waiting for review', empty: 'None of your stories is waiting for review.', items: pending, when: 'updated' },
    { id: 'scheduled', title: everyone('scheduled') ? 'Scheduled' : 'Your scheduled stories', empty: 'Nothing is scheduled.', items: scheduled, when: 'scheduled' },
    {
      id: 'published',
      title: everyone('published') ? 'Recently published' : 'Your recently published stories',
      empty: 'Nothing has been published yet.',
      items: published,
      when: 'published',
    },
  ];
}
