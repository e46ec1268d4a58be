import 'server-only';
import type { z } from 'zod';
import { createArticle, updateArticle, type ArticleFields } from '@/db/mutations/articles';
import type { EditableArticle } from '@/db/queries/article-rows';
import { existingTagIds, isSlugTaken, mediaExists, sectionExists, slugsLike } from '@/db/queries/newsroom-articles';
import { ForbiddenError, type ActionResult } from '@/lib/actions/result';
import { can, canArticle, type StaffUser } from '@/lib/auth/permissions';
import { bodyText, sanitizeBody } from '@/lib/rich-text/sanitize';
import { RESERVED_SLUGS } from '@/lib/routing/public-urls';
import { MAX_SLUG_LENGTH, slugify, UNTITLED_SLUG } from '@/lib/slug';
import { ENTER_SLUG, saveInputSchema } from './draft-schema';
import { articleFor, metaAfterChange } from './editor-load';
import type { EditorMeta } from './editor-types';
import { FieldErrors, invalidInput, withFieldErrors } from './failures';
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
  const a = row.fields;
  return (
    a.title === fields.title &&
    a.slug === fields.slug &&
    a.standfirst === fields.standfirst &&
    a.body === sanitizeBody(fields.body) &&
    a.sectionId === fields.sectionId &&
    a.tagIds.join(',') === fields.tagIds.join(',') &&
    a.heroMediaId === fields.heroMediaId &&
    a.heroAlt === fields.heroAlt &&
    a.heroCaption === fields.heroCaption &&
    a.heroCredit === fields.heroCredit &&
    a.seoTitle === fields.seoTitle &&
    a.seoDescription === fields.seoDescription
  );
}

/** Statuses whose content readers see now or at a set time: saves must keep them publishable. */
const LIVE_BOUND = new Set(['published', 'scheduled']);

/**
 * Writes the editor's fields: creates the article, or updates it from the version the editor
 * started from (a newer version in the database is a conflict, never an overwrite). Every check
 * runs before the write, so a refused save changes nothing. Returns the id and the new version.
 */
export async function persistDraft(
  staff: StaffUser,
  input: ParsedSave,
  row: EditableArticle | null,
): Promise<{ id: number; version: number }> {
  if (!row) {
    if (!can(staff, 'article.create')) throw new ForbiddenError();
  } else if (!canArticle(staff, 'edit', row)) {
    throw new ForbiddenError(row.deletedAt ? 'This article is in the trash. Restore it before editing.' : 'You do not have permission to edit this article.');
  }
  await checkReferences(input);
  if (row && LIVE_BOUND.has(row.status) && row.deletedAt === null) {
    const problems = readinessProblems(input.draft, bodyText, 'publish');
    // Its address is public: it is never made up afresh on an update.
    if (!input.draft.slug) problems.slug = ENTER_SLUG;
    if (Object.keys(problems).length) {
      throw new FieldErrors(problems, `This article is ${row.status === 'published' ? 'live' : 'scheduled'}, so it must stay ready to publish.`);
    }
  }
  const slug = await resolveSlug(input, row?.id);
  if (!row) {
    const created = await createArticle(fieldsOf(input, slug, staff.id), staff.id);
    return { id: created.id, version: created.version };
  }
  const fields = fieldsOf(input, slug, row.authorId);
  if (input.expectedVersion === row.version && unchanged(row, fields)) return { id: row.id, version: row.version };
  const saved = await updateArticle(row.id, input.expectedVersion!, fields, staff.id);
  return { id: saved.id, version: saved.version };
}

export function parseSave(raw: unknown): { ok: true; input: ParsedSave } | { ok: false; failure: ReturnType<typeof invalidInput> } {
  const parsed = saveInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, failure: invalidInput(parsed.error) };
}

/** "Save draft", "Save changes", "Update" and autosave. */
export async function saveArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return withFieldErrors(async () => {
    const parsed = parseSave(raw);
    if (!parsed.ok) return parsed.failure;
    const row = parsed.input.id === undefined ? null : await articleFor(staff, parsed.input.id, 'view');
    const saved = await persistDraft(staff, parsed.input, row);
    return { ok: true, data: await metaAfterChange(staff, saved.id) };
  });
}
