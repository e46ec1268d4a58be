import 'server-only';
import { ForbiddenError } from '@/lib/errors';
import { z } from 'zod';
import * as sectionRows from '@/db/mutations/sections';
import * as tagRows from '@/db/mutations/tags';
import { getSectionForAdmin, getTagForAdmin, listSectionsForAdmin, listTagsForAdmin } from '@/db/queries/taxonomy-admin';
import { afterCommit, invalid, type ActionResult } from '@/features/actions/result';
import type { RequestContext } from '@/features/auth/request-context';
import { can, type StaffUser } from '@/features/auth/permissions';
import { RESERVED_SLUGS } from '@/lib/routing/public-urls';
import { isValidSlug, MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { recordIdSchema } from '@/lib/route-params';

function requireTaxonomyManager(staff: StaffUser): void {
  if (!can(staff, 'taxonomy.manage')) throw new ForbiddenError('Only editors and administrators can manage sections and tags.');
}

const id = (what: string) => recordIdSchema(`Choose a ${what}.`);
const name = z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.');

/** An empty slug is derived from the name; a given one must already be a valid slug (never silently rewritten). */
function slugField(kind: 'section' | 'tag') {
  return z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, `Use at most ${MAX_SLUG_LENGTH} characters.`)
    .refine((v) => v === '' || isValidSlug(v), 'Use lower-case letters, digits and single hyphens, e.g. “city-news”.')
    .refine((v) => kind === 'tag' || !RESERVED_SLUGS.has(v), 'This address is used by the site itself. Choose another slug.');
}

function withSlug<T extends { name: string; slug: string }>(kind: 'section' | 'tag') {
  return (v: T, ctx: z.RefinementCtx) => {
    if (v.slug === '') {
      const derived = slugify(v.name);
      if (!derived) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Enter a slug: the name has no letters or digits to make one from.' });
      else if (kind === 'section' && RESERVED_SLUGS.has(derived)) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'This address is used by the site itself. Choose another slug.' });
    }
  };
}

const resolveSlug = <T extends { name: string; slug: string }>(v: T): T => ({ ...v, slug: v.slug || slugify(v.name) });

const sectionSchema = z
  .object({ name, slug: slugField('section'), description: z.string().trim().max(300, 'Use at most 300 characters.') })
  .strict()
  .superRefine(withSlug('section'))
  .transform(resolveSlug);
const sectionUpdateSchema = z
  .object({ id: id('section'), name, slug: slugField('section'), description: z.string().trim().max(300, 'Use at most 300 characters.') })
  .strict()
  .superRefine(withSlug('section'))
  .transform(resolveSlug);
const moveSchema = z.object({ id: id('section'), direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }) }).strict();
const sectionIdSchema = z.object({ id: id('section') }).strict();
const tagSchema = z.object({ name, slug: slugField('tag') }).strict().superRefine(withSlug('tag')).transform(resolveSlug);
const tagRenameSchema = z.object({ id: id('tag'), name }).strict();
const tagIdSchema = z.object({ id: id('tag') }).strict();
const tagMergeSchema = z.object({ id: id('tag'), targetId: id('tag to merge into') }).strict();

export async function listSections(staff: StaffUser) {
  requireTaxonomyManager(staff);
  return listSectionsForAdmin();
}

export async function getSection(staff: StaffUser, sectionId: number) {
  requireTaxonomyManager(staff);
  return getSectionForAdmin(sectionId);
}

export async function listTags(staff: StaffUser) {
  requireTaxonomyManager(staff);
  return listTagsForAdmin();
}

export async function getTag(staff: StaffUser, tagId: number) {
  requireTaxonomyManager(staff);
  return getTagForAdmin(tagId);
}

export async function createSection(staff: StaffUser, input: unknown): Promise<ActionResult<{ id: number; slug: string }>> {
  requireTaxonomyManager(staff);
  const parsed = sectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const created = await sectionRows.createSection(parsed.data);
  return afterCommit(created.change, {
    ok: true,
    data: { id: created.id, slug: parsed.data.slug },
    message: `Section “${parsed.data.name}” added at /${parsed.data.slug}. It now appears in the site’s navigation.`,
  });
}

export async function updateSection(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<{ slug: string }>> {
  requireTaxonomyManager(staff);
  const parsed = sectionUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id: sectionId, ...fields } = parsed.data;
  const { change } = await sectionRows.updateSection(sectionId, fields, { id: staff.id, ip: context.ip });
  return afterCommit(change, { ok: true, data: { slug: fields.slug }, message: 'Section saved. Readers see the change now.' });
}

export async function moveSection(staff: StaffUser, input: unknown): Promise<ActionResult<{ moved: boolean }>> {
  requireTaxonomyManager(staff);
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { moved, change } = await sectionRows.moveSection(parsed.data.id, parsed.data.direction);
  return afterCommit(change, { ok: true, data: { moved } });
}

export async function deleteSection(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<null>> {
  requireTaxonomyManager(staff);
  const parsed = sectionIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { change } = await sectionRows.deleteSection(parsed.data.id, { id: staff.id, ip: context.ip });
  return afterCommit(change, { ok: true, data: null, message: 'Section deleted.' });
}

export async function createTag(staff: StaffUser, input: unknown): Promise<ActionResult<{ id: number }>> {
  requireTaxonomyManager(staff);
  const parsed = tagSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const created = await tagRows.createTag(parsed.data);
  return afterCommit(created.change, { ok: true, data: { id: created.id }, message: `Tag “${parsed.data.name}” added.` });
}

export async function renameTag(staff: StaffUser, input: unknown): Promise<ActionResult<null>> {
  requireTaxonomyManager(staff);
  const parsed = tagRenameSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { change } = await tagRows.renameTag(parsed.data.id, parsed.data.name);
  return afterCommit(change, { ok: true, data: null, message: 'Tag renamed. Its address stays the same.' });
}

export async function deleteTag(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<null>> {
  requireTaxonomyManager(staff);
  const parsed = tagIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { change } = await tagRows.deleteTag(parsed.data.id, { id: staff.id, ip: context.ip });
  return afterCommit(change, { ok: true, data: null, message: 'Tag deleted and removed from its articles.' });
}

export async function mergeTags(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<{ targetId: number }>> {
  requireTaxonomyManager(staff);
  const parsed = tagMergeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { moved, change } = await tagRows.mergeTags(parsed.data.id, parsed.data.targetId, { id: staff.id, ip: context.ip });
  return afterCommit(change, {
    ok: true,
    data: { targetId: parsed.data.targetId },
    message: `Tags merged; ${moved} ${moved === 1 ? 'article was' : 'articles were'} retagged.`,
  });
}
