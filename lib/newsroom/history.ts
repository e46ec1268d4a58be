import 'server-only';
import { z } from 'zod';
import { updateArticle, type ArticleFields } from '@/db/mutations/articles';
import { existingTagIds, getArticleRevision, isSlugTaken, listArticleRevisions, mediaExists, sectionExists } from '@/db/queries/newsroom-articles';
import type { ActionResult } from '@/lib/actions/result';
import type { StaffUser } from '@/lib/auth/permissions';
import { bodyText } from '@/lib/rich-text/sanitize';
import { compareContent, type ArticleContent } from './compare';
import type { FieldDiff } from './diff';
import { restoreRevisionSchema } from './draft-schema';
import { articleFor, draftOf, loadEditorSnapshot } from './editor-load';
import type { ArticleDraft, EditorSnapshot } from './editor-types';
import { FieldErrors, invalidInput, withFieldErrors } from './failures';
import { readinessProblems } from './publish-check';
import { numericIdSchema } from './route-params';

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
  return withFieldErrors(async () => {
    const parsed = restoreRevisionSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const { id, version, expectedVersion } = parsed.data;
    const row = await articleFor(staff, id, 'edit');
    const revision = await getArticleRevision(id, version);
    if (!revision) return { ok: false, code: 'not_found', error: `Version ${version} of this article does not exist.` };
    const old = revision.snapshot;
    const notes: string[] = [];
    const [sectionOk, tagIds, heroOk, slugTaken] = await Promise.all([
      sectionExists(old.sectionId),
      existingTagIds(old.tagIds),
      old.heroMediaId === null ? true : mediaExists(old.heroMediaId),
      isSlugTaken(old.slug, id),
    ]);
    if (!sectionOk) notes.push('Its section has been deleted, so the current section was kept.');
    if (tagIds.length !== old.tagIds.length) notes.push('Tags deleted since then were left out.');
    if (!heroOk) notes.push('Its hero image has been deleted from the library, so it was left out.');
    if (slugTaken) notes.push(`Its slug “${old.slug}” now belongs to another article, so the current slug was kept.`);
    const fields: ArticleFields = {
      title: old.title,
      slug: slugTaken ? row.slug : old.slug,
      standfirst: old.standfirst,
      body: old.body,
      sectionId: sectionOk ? old.sectionId : row.sectionId,
      authorId: row.authorId,
      tagIds,
      heroMediaId: heroOk ? old.heroMediaId : null,
      heroAlt: old.heroAlt,
      heroCaption: old.heroCaption,
      heroCredit: old.heroCredit,
      seoTitle: old.seoTitle,
      seoDescription: old.seoDescription,
    };
    if ((row.status === 'published' || row.status === 'scheduled') && row.deletedAt === null) {
      const problems = readinessProblems(fields, bodyText, 'publish');
      if (Object.keys(problems).length) {
        throw new FieldErrors(
          {},
          `Version ${version} cannot be restored while the article is ${row.status}: ${Object.values(problems).join(' ')} Move it back to drafts first, or edit it instead.`,
        );
      }
    }
    const saved = await updateArticle(id, expectedVersion, fields, staff.id, undefined, `Restored version ${version}`);
    return { ok: true, data: { version: saved.version, notes }, message: `Version ${version} was restored as version ${saved.version}.` };
  });
}

const compareSchema = z
  .object({
    id: numericIdSchema(),
    draft: z
      .object({
        title: z.string().max(1000),
        slug: z.string().max(1000),
        standfirst: z.string().max(5000),
        body: z.string().max(1_000_000),
        sectionId: numericIdSchema().nullable(),
        tagIds: z.array(numericIdSchema()).max(100),
        heroMediaId: numericIdSchema().nullable(),
        heroAlt: z.string().max(5000),
        heroCaption: z.string().max(5000),
        heroCredit: z.string().max(5000),
        seoTitle: z.string().max(5000),
        seoDescription: z.string().max(5000),
      })
      .strict(),
  })
  .strict();

/**
 * For the conflict panel: the article as someone else saved it, and how the person's own unsaved
 * version differs from it. Nothing is written.
 */
export async function compareWithLatest(
  staff: StaffUser,
  raw: unknown,
): Promise<ActionResult<{ latest: EditorSnapshot; changes: FieldDiff[] }>> {
  return withFieldErrors(async () => {
    const parsed = compareSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const latest = await loadEditorSnapshot(staff, parsed.data.id);
    const mine: ArticleDraft = parsed.data.draft;
    const changes = await compareContent(latest.draft, mine as ArticleContent);
    return { ok: true, data: { latest, changes } };
  });
}
