import type { ArticleStatus, UserRole } from '@/db/schema';

/** The signed-in staff member as every guard sees them (re-read from the database each request). */
export type StaffUser = {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  slug: string;
};

/** What an article-level check needs to know about the article. */
export type ArticleRef = { authorId: number; status: ArticleStatus; deletedAt: Date | string | null };

export const ROLES: readonly UserRole[] = ['contributor', 'author', 'editor', 'admin'];

export const ROLE_LABELS: Record<UserRole, string> = {
  contributor: 'Contributor',
  author: 'Author',
  editor: 'Editor',
  admin: 'Administrator',
};

const rank: Record<UserRole, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

export function atLeast(user: StaffUser, role: UserRole): boolean {
  return rank[user.role] >= rank[role];
}

export type ArticleAction =
  | 'view' // open in the editor, preview, history
  | 'edit'
  | 'submit' // contributor → pending review
  | 'publish' // publish now or schedule
  | 'unpublish' // back to draft
  | 'archive'
  | 'trash'
  | 'restore'
  | 'purge';

/**
 * Other people's articles an author may read (open, preview, history, list): work that has been
 * public. Drafts, submissions and scheduled stories stay between their writer and the editors.
 */
export const READABLE_BY_AUTHORS: readonly ArticleStatus[] = ['published', 'archived'];

/** Whether `user` sees other people's articles in `status` (their own they always see). */
export function seesOthersIn(user: StaffUser, status: ArticleStatus): boolean {
  return atLeast(user, 'editor') || (user.role === 'author' && READABLE_BY_AUTHORS.includes(status));
}

/**
 * The newsroom's rules, in one place (ARCHITECTURE "Roles"):
 * - contributor: writes and edits own drafts, submits them for review, cannot publish;
 * - author: publishes, unpublishes and edits own articles; reads others' published and archived ones;
 * - editor: everything on anyone's articles except purging; manages sections and tags;
 * - admin: everything, plus staff, settings and the audit log.
 */
export function canArticle(user: StaffUser, action: ArticleAction, article: ArticleRef): boolean {
  const own = article.authorId === user.id;
  const trashed = article.deletedAt !== null;
  const editorial = atLeast(user, 'editor');
  if (action === 'purge') return can(user, 'article.purge') && trashed;
  if (action === 'restore') return editorial && trashed;
  if (trashed) return action === 'view' && (editorial || own);
  const contributorEditable = article.status === 'draft' || article.status === 'pending_review';
  switch (action) {
    case 'view':
      return own || seesOthersIn(user, article.status);
    case 'edit':
      return editorial || (own && (user.role === 'author' || contributorEditable));
    case 'submit':
      return own && article.status === 'draft';
    case 'publish':
    case 'unpublish':
    case 'archive':
      return editorial || (own && user.role === 'author');
    case 'trash':
      return editorial || (own && (user.role === 'author' || article.status === 'draft'));
  }
}

type StaffAction =
  | 'article.create'
  | 'article.listAll' // see others' articles in the list, as far as seesOthersIn allows (contributors see their own)
  | 'article.purge' // delete trashed articles for good
  | 'taxonomy.manage' // sections and tags
  | 'tag.create' // inline from the editor
  | 'media.upload'
  | 'media.editAny'
  | 'staff.manage'
  | 'audit.read'
  | 'stats.read' // site-wide readership (top stories, CSV export); everyone sees their own stories' numbers
  | 'settings.manage';

export function can(user: StaffUser, action: StaffAction): boolean {
  switch (action) {
    case 'article.create':
    case 'media.upload':
      return true;
    case 'article.listAll':
      return atLeast(user, 'author');
    case 'taxonomy.manage':
    case 'tag.create':
    case 'media.editAny':
    case 'stats.read':
      return atLeast(user, 'editor');
    case 'article.purge':
    case 'staff.manage':
    case 'audit.read':
    case 'settings.manage':
      return user.role === 'admin';
  }
}
