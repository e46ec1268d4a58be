import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '@/db/schema';
import { can, canArticle, READABLE_BY_AUTHORS, seesOthersIn, type StaffUser } from './permissions';

const user = (id: number, role: StaffUser['role']): StaffUser => ({ id, role, name: role, email: `${role}@x.test`, slug: role });
const contributor = user(1, 'contributor');
const author = user(2, 'author');
const editor = user(3, 'editor');
const admin = user(4, 'admin');
const STATUSES: ArticleStatus[] = ['draft', 'pending_review', 'scheduled', 'published', 'archived'];
const someoneElses = (status: ArticleStatus) => ({ authorId: 99, status, deletedAt: null });

// Issue 16 point 14: authors could read every other person's drafts, history and preview.
describe('reading other people’s articles', () => {
  it('authors read only what has been published; drafts, submissions and the schedule stay private', () => {
    expect(READABLE_BY_AUTHORS).toEqual(['published', 'archived']);
    expect(STATUSES.filter((s) => canArticle(author, 'view', someoneElses(s)))).toEqual(['published', 'archived']);
    expect(STATUSES.filter((s) => seesOthersIn(author, s))).toEqual(['published', 'archived']);
  });

  it('contributors read none, editors and admins all; everyone reads their own', () => {
    expect(STATUSES.filter((s) => canArticle(contributor, 'view', someoneElses(s)))).toEqual([]);
    for (const who of [editor, admin]) expect(STATUSES.filter((s) => canArticle(who, 'view', someoneElses(s)))).toEqual(STATUSES);
    for (const who of [contributor, author, editor, admin]) {
      expect(STATUSES.every((s) => canArticle(who, 'view', { authorId: who.id, status: s, deletedAt: null }))).toBe(true);
    }
  });

  it('keeps the trash to its author and the editors, and purging to administrators', () => {
    const trashed = { authorId: 99, status: 'published' as const, deletedAt: new Date() };
    expect([contributor, author, editor, admin].map((u) => canArticle(u, 'view', trashed))).toEqual([false, false, true, true]);
    expect([contributor, author, editor, admin].map((u) => can(u, 'article.purge'))).toEqual([false, false, false, true]);
  });
});
