// Articles for the editor's unit tests (editor-state.test.ts, editor-session.test.ts).
import type { PickedMedia } from '@/lib/media/picked';
import { emptyDraft, type ArticleDraft, type EditorMeta, type EditorPermissions } from '@/features/articles/editor-types';

export const allowed: EditorPermissions = {
  edit: true,
  submit: false,
  publish: true,
  schedule: true,
  unpublish: true,
  archive: true,
  trash: true,
  restore: false,
  purge: false,
  createTags: true,
};

export function metaOf(overrides: Partial<EditorMeta> = {}): EditorMeta {
  return {
    id: 7,
    version: 3,
    status: 'draft',
    slug: 'harbour-wall',
    deleted: false,
    authorName: 'Arthur Author',
    lastEditedBy: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    publishedAt: null,
    scheduledAt: null,
    publicPath: null,
    permissions: allowed,
    ...overrides,
  };
}

export function draftOf(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return { ...emptyDraft(), title: 'Harbour wall', slug: 'harbour-wall', sectionId: 1, ...overrides };
}

export function mediaOf(id: number, text: { alt: string; caption: string; credit: string }): PickedMedia {
  return { id, url: `/media/${id}/original.webp`, thumbUrl: `/media/${id}/w400.webp`, width: 1600, height: 900, ...text };
}
