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
 * The newsroom's rules, in one place (ARCHITECTURE "Roles"):
 * - contributor: writes and edits own drafts, submits them for review, cannot publish;
 * - author: publishes, unpublishes and edits own articles;
 * - editor: everything on anyone's articles except purging; manages sections and tags;
 * - admin: everything, plus staff, settings and the audit log.
 */
export function canArticle(user: StaffUser, action: ArticleAction, article: ArticleRef): boolean {
  const own = article.authorId === user.id;
  const trashed = article.deletedAt !== null;
  const editorial = atLeast(user, 'editor');
  if (action === 'purge') return user.role === 'admin' && trashed;
  if (action === 'restore') return editorial && trashed;
  if (trashed) return action === 'view' && (editorial || own);
  const contributorEditable = article.status === 'draft' || article.status === 'pending_review';
  switch (action) {
    case 'view':
      return editorial || own || user.role === 'author';
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

export type StaffAction =
  | 'article.create'
  | 'article.listAll' // see everyone's articles in the list (contributors see their own)
  | 'taxonomy.manage' // sections and tags
  | 'tag.create' // inline from the editor
  | 'media.upload'
  | 'media.editAny'
  | 'staff.manage'
  | 'audit.read'
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
      return atLeast(user, 'editor');
    case 'staff.manage':
    case 'audit.read':
    case 'settings.manage':
      return user.role === 'admin';
  }
}
