import 'server-only';
import { FieldErrors } from '@/lib/errors';
import { z } from 'zod';
import { updateArticle, type ArticleFields } from '@/db/mutations/articles';
import { getArticleRevision, listArticleRevisions } from '@/db/queries/article-revisions';
import { existingTagIds, isSlugTaken, mediaExists, sectionExists } from '@/db/queries/newsroom-articles';
import { expectedFailures, afterCommit, type ActionResult } from '@/features/actions/result';
import type { StaffUser } from '@/features/auth/permissions';
import { pickContent } from '@/lib/articles/content';
import { isLiveBound } from '@/lib/articles/visibility';
import { looseContentSchema } from '@/lib/articles/content-schema';
import { bodyText } from '@/lib/rich-text/sanitize';
import { compareContent } from './compare';
import type { FieldDiff } from './diff';
import { restoreRevisionSchema } from './draft-schema';
import { articleFor, draftOf, loadEditorSnapshot } from './editor-load';
import type { EditorSnapshot } from './editor-types';
import { invalidInput } from './failures';
import { readinessProblems } from './publish-check';
import { numericIdSchema } from '@/lib/route-params';

/** Every saved version of an article, newest first, for people who may open it. */
export async function loadHistory(staff: StaffUser, id: number) {
  const row = await articleFor(staff, id, 'view');
  const revisions = await listArticleRevisions(id);
  return { article: { id: row.id, title: row.title, version: row.version, status: row.status, deleted: row.deletedAt !== null }, revisions };
}

/** One revision compared with the article as it is now (what restoring it would change). */
export async function loadRevisionDiff(staff: StaffUser, id: number, version: number) {
  const row = await articleFor(staff, id, 'view');
  const revision = await getArticleRevision(id, version);
  if (!revision) return null;
  const changes = await compareContent(draftOf(row), revision.snapshot);
  return { revision: { version: revision.version, editor: revision.editor, createdAt: revision.createdAt, note: revision.note }, changes };
}

/**
 * Restores an old version's content as a new revision (version-checked like any save). The publish
 * status stays as it is: restoring a draft's wording onto a live story updates the live story,
 * it does not unpublish it. References that no longer exist are left out and reported.
 */
export async function restoreRevision(staff: StaffUser, raw: unknown): Promise<ActionResult<{ version: number; notes: string[] }>> {
  return expectedFailures(async () => {
    const parsed = restoreRevisionSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const { id, version, expectedVersion } = parsed.data;
    const row = await articleFor(staff, id, 'edit');
    const revision = await getArticleRevision(id, version);
    if (!revision) return { ok: false, code: 'not_found', error: `Version ${version} of this article does not exist.` };
    const old = revision.snapshot;
    const notes: string[] = [];
    const [sectionOk, tagIds, heroOk, slugTaken] = await Promise.all([
      old.sectionId === null ? true : sectionExists(old.sectionId),
      existingTagIds(old.tagIds),
      old.heroMediaId === null ? true : mediaExists(old.heroMediaId),
      isSlugTaken(old.slug, id),
    ]);
    if (!sectionOk) notes.push('Its section has been deleted, so the current section was kept.');
    if (tagIds.length !== old.tagIds.length) notes.push('Tags deleted since then were left out.');
    if (!heroOk) notes.push('Its hero image has been deleted from the library, so it was left out.');
    if (slugTaken) notes.push(`Its slug “${old.slug}” now belongs to another article, so the current slug was kept.`);
    const fields: ArticleFields = {
      ...pickContent(old),
      slug: slugTaken ? row.slug : old.slug,
      // A version saved before a section was chosen keeps today's section: restoring words never un-chooses it.
      sectionId: sectionOk && old.sectionId !== null ? old.sectionId : row.sectionId,
      authorId: row.authorId,
      tagIds,
      heroMediaId: heroOk ? old.heroMediaId : null,
    };
    if (isLiveBound(row)) {
      const problems = readinessProblems(fields, bodyText, 'publish');
      if (Object.keys(problems).length) {
        throw new FieldErrors(
          {},
          `Version ${version} cannot be restored while the article is ${row.status}: ${Object.values(problems).join(' ')} Move it back to drafts first, or edit it instead.`,
        );
      }
    }
    const saved = await updateArticle(id, expectedVersion, fields, { editorId: staff.id, note: `Restored version ${version}` });
    return afterCommit(saved.change, { ok: true, data: { version: saved.version, notes }, message: `Version ${version} was restored as version ${saved.version}.` });
  });
}

const compareSchema = z.object({ id: numericIdSchema(), draft: looseContentSchema }).strict();

/**
 * For the conflict panel: the article as someone else saved it, and how the person's own unsaved
 * version differs from it. Nothing is written.
 */
export async function compareWithLatest(
  staff: StaffUser,
  raw: unknown,
): Promise<ActionResult<{ latest: EditorSnapshot; changes: FieldDiff[] }>> {
  return expectedFailures(async () => {
    const parsed = compareSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const latest = await loadEditorSnapshot(staff, parsed.data.id);
    const changes = await compareContent(latest.draft, parsed.data.draft);
    return { ok: true, data: { latest, changes } };
  });
}
