import type { ArticleStatus } from '@/db/schema';
import { can, canArticle, type ArticleRef, type StaffUser } from '@/features/auth/permissions';
import type { EditorPermissions } from './editor-types';

/** Statuses each workflow step may start from; the role rules (canArticle) apply on top. */
const TRANSITIONS_FROM = {
  publish: ['draft', 'pending_review', 'scheduled', 'archived'],
  schedule: ['draft', 'pending_review', 'scheduled', 'archived'],
  submit: ['draft'],
  // Back to draft: takes a story down, cancels a schedule, returns a submission, reopens an archived one.
  unpublish: ['published', 'scheduled', 'pending_review', 'archived'],
  archive: ['draft', 'pending_review', 'scheduled', 'published'],
} as const satisfies Record<string, readonly ArticleStatus[]>;

export type WorkflowStep = keyof typeof TRANSITIONS_FROM;

export function stepAllowedFrom(step: WorkflowStep, status: ArticleStatus): boolean {
  return (TRANSITIONS_FROM[step] as readonly ArticleStatus[]).includes(status);
}

/** A new article before its first save: the person's own draft. */
export function newArticleRef(staff: StaffUser): ArticleRef {
  return { authorId: staff.id, status: 'draft', deletedAt: null };
}

/** What this person may do to the article now, combining role rules with where the article stands. */
export function editorPermissions(staff: StaffUser, article: ArticleRef): EditorPermissions {
  const live = article.deletedAt === null;
  const publish = live && canArticle(staff, 'publish', article) && stepAllowedFrom('publish', article.status);
  return {
    edit: canArticle(staff, 'edit', article),
    publish,
    schedule: live && canArticle(staff, 'publish', article) && stepAllowedFrom('schedule', article.status),
    // Offered to people who cannot publish themselves; editors and authors publish directly.
    submit: live && canArticle(staff, 'submit', article) && !canArticle(staff, 'publish', article) && stepAllowedFrom('submit', article.status),
    unpublish: live && canArticle(staff, 'unpublish', article) && stepAllowedFrom('unpublish', article.status),
    archive: live && canArticle(staff, 'archive', article) && stepAllowedFrom('archive', article.status),
    trash: live && canArticle(staff, 'trash', article),
    restore: canArticle(staff, 'restore', article),
    purge: canArticle(staff, 'purge', article),
    createTags: can(staff, 'tag.create'),
  };
}
