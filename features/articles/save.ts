import 'server-only';
import { FieldErrors, ForbiddenError } from '@/lib/errors';
import type { z } from 'zod';
import type { Executor } from '@/db/client';
import { createArticle, transitionArticle, updateArticle, type ArticleFields, type Transition } from '@/db/mutations/articles';
import type { EditableArticle } from '@/db/queries/article-rows';
import { existingTagIds, isSlugTaken, mediaExists, sectionExists, slugsLike } from '@/db/queries/newsroom-articles';
import { expectedFailures, afterCommit, type ActionResult } from '@/features/actions/result';
import { sameContent } from '@/lib/articles/content';
import { isLiveBound } from '@/lib/articles/visibility';
import { NO_CHANGE, type Change } from '@/lib/changes/change';
import { can, canArticle, type StaffUser } from '@/features/auth/permissions';
import { bodyText, sanitizeBody } from '@/lib/rich-text/sanitize';
import { RESERVED_SLUGS } from '@/lib/routing/public-urls';
import { MAX_SLUG_LENGTH, slugify, UNTITLED_SLUG } from '@/lib/slug';
import { ENTER_SLUG, saveInputSchema } from './draft-schema';
import { articleFor, metaAfterChange } from './editor-load';
import type { EditorMeta } from './editor-types';
import { invalidInput } from './failures';
import { readinessProblems } from './publish-check';

export type ParsedSave = z.infer<typeof saveInputSchema>;

/** Picks "base-2", "base-3"… for a generated slug that another article (or a site page) already uses. */
async function freeSlug(base: string, exceptId?: number): Promise<string> {
  const stem = base.slice(0, MAX_SLUG_LENGTH - 6).replace(/-+$/, '');
  const taken = await slugsLike(stem, exceptId);
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate;
  }
  throw new FieldErrors({ slug: 'Could not find a free slug. Edit it by hand.' });
}

async function resolveSlug(input: ParsedSave, exceptId?: number): Promise<string> {
  if (!input.slugAuto) return input.draft.slug;
  // A draft saved before its headline is written gets a stand-in; the slug follows the title later.
  const slug = input.draft.slug || slugify(input.draft.title) || UNTITLED_SLUG;
  if (RESERVED_SLUGS.has(slug) || (await isSlugTaken(slug, exceptId))) return freeSlug(slug, exceptId);
  return slug;
}

/** Ids that point nowhere (a tag or image deleted since the editor loaded) are named, not saved. */
async function checkReferences(input: ParsedSave): Promise<void> {
  const { draft } = input;
  const problems: Record<string, string> = {};
  const [sectionOk, tags, heroOk] = await Promise.all([
    // No section yet is fine for a draft; publishing checks for one (publish-check.ts).
    draft.sectionId === null ? true : sectionExists(draft.sectionId),
    existingTagIds(draft.tagIds),
    draft.heroMediaId === null ? true : mediaExists(draft.heroMediaId),
  ]);
  if (!sectionOk) problems.sectionId = 'This section no longer exists. Choose another.';
  if (tags.length !== new Set(draft.tagIds).size) problems.tagIds = 'A tag you chose has been deleted. Remove it and try again.';
  if (!heroOk) problems.heroMediaId = 'This image has been deleted from the library. Choose another.';
  if (Object.keys(problems).length) throw new FieldErrors(problems);
}

function fieldsOf(input: ParsedSave, slug: string, authorId: number): ArticleFields {
  const { draft } = input;
  return { ...draft, slug, tagIds: [...new Set(draft.tagIds)], authorId };
}

/** True when saving would change nothing, so no empty revision is written. */
function unchanged(row: EditableArticle, fields: ArticleFields): boolean {
  return sameContent(row.fields, { ...fields, body: sanitizeBody(fields.body) });
}

/**
 * Writes the editor's fields: creates the article, or updates it from the version the editor
 * started from (a newer version in the database is a conflict, never an overwrite). With a
 * transition the fields and the status change are one version and one revision. Every check runs
 * before the write, so a refused save changes nothing. Returns the id, the new version and what
 * readers can see of the change; the caller announces it once its transaction has committed.
 */
export async function persistDraft(
  staff: StaffUser,
  input: ParsedSave,
  row: EditableArticle | null,
  options: { transition?: Transition; database?: Executor } = {},
): Promise<{ id: number; version: number; slug: string; change: Change }> {
  const { transition, database } = options;
  if (!row) {
    if (!can(staff, 'article.create')) throw new ForbiddenError();
  } else if (!canArticle(staff, 'edit', row)) {
    throw new ForbiddenError(row.deletedAt ? 'This article is in the trash. Restore it before editing.' : 'You do not have permission to edit this article.');
  }
  await checkReferences(input);
  if (row && isLiveBound(row)) {
    const problems = readinessProblems(input.draft, bodyText, 'publish');
    // Its address is public: it is never made up afresh on an update.
    if (!input.draft.slug) problems.slug = ENTER_SLUG;
    if (Object.keys(problems).length) {
      throw new FieldErrors(problems, `This article is ${row.status === 'published' ? 'live' : 'scheduled'}, so it must stay ready to publish.`);
    }
  }
  const slug = await resolveSlug(input, row?.id);
  if (!row) {
    return createArticle(fieldsOf(input, slug, staff.id), { editorId: staff.id, transition }, database);
  }
  const fields = fieldsOf(input, slug, row.authorId);
  if (input.expectedVersion === row.version && unchanged(row, fields)) {
    if (transition) return transitionArticle(row.id, transition, { expectedVersion: row.version, editorId: staff.id }, database);
    return { id: row.id, version: row.version, slug: row.slug, change: NO_CHANGE };
  }
  return updateArticle(row.id, input.expectedVersion!, fields, { editorId: staff.id, transition }, database);
}

export function parseSave(raw: unknown): { ok: true; input: ParsedSave } | { ok: false; failure: ReturnType<typeof invalidInput> } {
  const parsed = saveInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, failure: invalidInput(parsed.error) };
}

/** "Save draft", "Save changes", "Update" and autosave. */
export async function saveArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = parseSave(raw);
    if (!parsed.ok) return parsed.failure;
    const row = parsed.input.id === undefined ? null : await articleFor(staff, parsed.input.id, 'view');
    const saved = await persistDraft(staff, parsed.input, row);
    return afterCommit(saved.change, { ok: true, data: await metaAfterChange(staff, saved.id) });
  });
}
