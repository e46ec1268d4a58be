import 'server-only';
import { listAllTags } from '@/db/queries/newsroom-articles';
import { getSections } from '@/db/queries/taxonomy';
import { can, type StaffUser } from '@/features/auth/permissions';
import { editorPermissions, newArticleRef } from './editor-permissions';
import type { EditorPermissions } from './editor-types';

/** What every editor page needs besides the article: the choices for its section and tag fields. */
export async function loadEditorChoices() {
  const [sections, tags] = await Promise.all([getSections(), listAllTags()]);
  return {
    sections: sections.map((s) => ({ id: s.id, name: s.name })),
    tags: tags.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** Permissions for a brand-new article, or null when this person may not start one. */
export function newArticlePermissions(staff: StaffUser): EditorPermissions | null {
  return can(staff, 'article.create') ? editorPermissions(staff, newArticleRef(staff)) : null;
}
