import 'server-only';
import { articleUrlPath } from '@/lib/site';
import { ForbiddenError } from '@/lib/errors';
import { z } from 'zod';
import { getArticleRow, type EditableArticle } from '@/db/queries/article-rows';
import { getArticleContext, getPickedMedia } from '@/db/queries/newsroom-articles';
import { canArticle, type ArticleAction, type StaffUser } from '@/features/auth/permissions';
import { type ActionResult } from '@/features/actions/result';
import { editorPermissions } from './editor-permissions';
import type { ArticleDraft, EditorMeta, EditorSnapshot } from './editor-types';
import { invalidInput, notFound } from './failures';
import { isVisibleToReaders } from '@/lib/articles/visibility';
import { numericIdSchema } from '@/lib/route-params';

/** The article if it exists and this person may do `action` to it; otherwise a not-found or forbidden error. */
export async function articleFor(staff: StaffUser, id: number, action: ArticleAction): Promise<EditableArticle> {
  const row = await getArticleRow(id);
  if (!row) throw notFound();
  if (!canArticle(staff, action, row)) {
    // Someone who may not even view it learns nothing about it.
    if (!canArticle(staff, 'view', row)) throw notFound();
    throw new ForbiddenError();
  }
  return row;
}

export function draftOf(row: EditableArticle): ArticleDraft {
  const { authorId: _author, ...fields } = row.fields;
  return fields;
}

async function editorMeta(staff: StaffUser, row: EditableArticle): Promise<EditorMeta> {
  const context = await getArticleContext(row.id);
  const visible = isVisibleToReaders(row);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    slug: row.slug,
    deleted: row.deletedAt !== null,
    authorName: context?.authorName ?? '',
    lastEditedBy: context?.lastEditedBy ?? null,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    publicPath: visible && context?.sectionSlug ? articleUrlPath(context.sectionSlug, row.slug) : null,
    permissions: editorPermissions(staff, row),
  };
}

/** The article as stored now, for the editor. Throws not-found when the person may not see it. */
export async function loadEditorSnapshot(staff: StaffUser, id: number): Promise<EditorSnapshot> {
  const row = await articleFor(staff, id, 'view');
  const [meta, hero] = await Promise.all([editorMeta(staff, row), row.heroMediaId ? getPickedMedia(row.heroMediaId) : null]);
  return { draft: draftOf(row), hero, meta };
}

/** Re-reads the article after a change and describes it for the editor. */
export async function metaAfterChange(staff: StaffUser, id: number): Promise<EditorMeta> {
  const row = await getArticleRow(id);
  if (!row) throw notFound();
  return editorMeta(staff, row);
}

/** For "Take the newer version": the article as stored now. */
export async function loadLatest(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorSnapshot>> {
  const parsed = z.object({ id: numericIdSchema() }).strict().safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  return { ok: true, data: await loadEditorSnapshot(staff, parsed.data.id) };
}
