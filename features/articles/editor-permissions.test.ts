import { describe, expect, it } from 'vitest';
import type { StaffUser } from '@/features/auth/permissions';
import { editorPermissions, stepAllowedFrom } from './editor-permissions';

const user = (id: number, role: StaffUser['role']): StaffUser => ({ id, role, name: role, email: `${role}@x.test`, slug: role });
const contributor = user(1, 'contributor');
const author = user(2, 'author');
const editor = user(3, 'editor');
const admin = user(4, 'admin');

describe('editorPermissions', () => {
  it('lets a contributor edit and submit an own draft, never publish', () => {
    const p = editorPermissions(contributor, { authorId: 1, status: 'draft', deletedAt: null });
    expect(p).toMatchObject({ edit: true, submit: true, publish: false, schedule: false, unpublish: false, archive: false, createTags: false });
  });

  it('offers submitting only to people who cannot publish', () => {
    expect(editorPermissions(author, { authorId: 2, status: 'draft', deletedAt: null })).toMatchObject({ submit: false, publish: true });
  });

  it('lets editors publish what contributors submitted', () => {
    expect(editorPermissions(editor, { authorId: 1, status: 'pending_review', deletedAt: null })).toMatchObject({ publish: true, unpublish: true, edit: true });
  });

  it('offers unpublish for a live story but not publish again', () => {
    expect(editorPermissions(author, { authorId: 2, status: 'published', deletedAt: null })).toMatchObject({ publish: false, unpublish: true, archive: true });
  });

  it('keeps trashed articles read-only: editors restore, only admins purge', () => {
    const trashed = { authorId: 2, status: 'draft' as const, deletedAt: new Date() };
    expect(editorPermissions(editor, trashed)).toMatchObject({ edit: false, publish: false, trash: false, restore: true, purge: false });
    expect(editorPermissions(admin, trashed)).toMatchObject({ restore: true, purge: true });
  });

  it('gives authors no rights over other people’s articles beyond reading them', () => {
    const p = editorPermissions(author, { authorId: 9, status: 'draft', deletedAt: null });
    expect(Object.entries(p).filter(([k, v]) => v && k !== 'createTags')).toEqual([]);
  });
});

describe('stepAllowedFrom', () => {
  it('does not publish what is already published, nor submit what is not a draft', () => {
    expect(stepAllowedFrom('publish', 'published')).toBe(false);
    expect(stepAllowedFrom('submit', 'pending_review')).toBe(false);
    expect(stepAllowedFrom('schedule', 'scheduled')).toBe(true);
  });
});
