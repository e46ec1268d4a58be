import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { changeOf, NO_CHANGE, type Change } from '@/lib/changes/change';
import { TAG } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { articles, sectionRedirects, sections } from '../schema';
import type { Actor } from './staff-admin';
import { recordAudit } from './audit';
import { FieldErrors, fieldError, NotFoundError } from '@/lib/errors';
import { isForeignKeyViolation, isUniqueViolation } from './errors';

type SectionFields = { name: string; slug: string; description: string };

function slugTaken(): FieldErrors {
  return fieldError('slug', 'Another section already uses this address. Choose a different slug.');
}


/** Adds a section at the end of the navigation. Every page's header lists sections, so all expire. */
export async function createSection(fields: SectionFields, database: Executor = defaultDb()): Promise<{ id: number; change: Change }> {
  try {
    const created = await database.transaction(async (tx) => {
      // A live section takes its address back from a renamed one that used to answer there.
      await tx.delete(sectionRedirects).where(eq(sectionRedirects.oldSlug, fields.slug));
      const [last] = await tx.select({ max: sql<number | null>`max(${sections.position})` }).from(sections);
      const [row] = await tx
        .insert(sections)
        .values({ ...fields, position: (last?.max ?? -1) + 1 })
        .returning({ id: sections.id });
      if (!row) throw new Error('section insert returned no row');
      return row;
    });
    return { id: created.id, change: changeOf([TAG.sections, TAG.section(fields.slug)], `section ${fields.slug} created`) };
  } catch (error) {
    if (isUniqueViolation(error, 'sections_slug_key')) throw slugTaken();
    throw error;
  }
}

/**
 * Edits a section. A new slug moves the section's pages: the old address answers 301 to the new
 * one (section_redirects), and article URLs under the old slug already redirect to their current
 * section. A new name or slug shows on every story card and in every header, so all pages expire.
 */
export async function updateSection(id: number, fields: SectionFields, actor: Actor, database: Executor = defaultDb()): Promise<{ change: Change }> {
  let before: { slug: string; name: string } | null = null;
  try {
    await database.transaction(async (tx) => {
      const [current] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
      if (!current) throw new NotFoundError('This section no longer exists.');
      before = { slug: current.slug, name: current.name };
      if (fields.slug !== current.slug) {
        await tx.delete(sectionRedirects).where(eq(sectionRedirects.oldSlug, fields.slug));
        await tx
          .insert(sectionRedirects)
          .values({ oldSlug: current.slug, sectionId: id })
          .onConflictDoUpdate({ target: sectionRedirects.oldSlug, set: { sectionId: id } });
        await recordAudit(
          { actorId: actor.id, action: 'section.rename', targetType: 'section', targetId: id, ip: actor.ip, details: { from: current.slug, to: fields.slug } },
          tx,
        );
      }
      await tx.update(sections).set(fields).where(eq(sections.id, id));
    });
  } catch (error) {
    if (isUniqueViolation(error, 'sections_slug_key')) throw slugTaken();
    throw error;
  }
  const old = before as { slug: string; name: string } | null;
  if (!old) return { change: NO_CHANGE };
  const tags = [TAG.sections, TAG.section(old.slug), TAG.section(fields.slug)];
  if (old.slug !== fields.slug || old.name !== fields.name) tags.push(TAG.all, TAG.home, TAG.latest, TAG.sitemap, TAG.feed);
  return { change: changeOf(tags, `section ${fields.slug} edited`) };
}

/** Swaps a section with its neighbour in the navigation order, renumbering all positions 0..n-1. */
export async function moveSection(id: number, direction: 'up' | 'down', database: Executor = defaultDb()): Promise<{ moved: boolean; change: Change }> {
  const moved = await database.transaction(async (tx) => {
    const ordered = await tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.name), asc(sections.id))
      .for('update');
    const index = ordered.findIndex((s) => s.id === id);
    if (index === -1) throw new NotFoundError('This section no longer exists.');
    const swapWith = direction === 'up' ? index - 1 : index + 1;
    if (swapWith < 0 || swapWith >= ordered.length) return false;
    const ids = ordered.map((s) => s.id);
    [ids[index], ids[swapWith]] = [ids[swapWith]!, ids[index]!];
    for (const [position, sectionId] of ids.entries()) {
      if (ordered[position]?.id !== sectionId || ordered[position]?.position !== position) {
        await tx.update(sections).set({ position }).where(eq(sections.id, sectionId));
      }
    }
    return true;
  });
  return { moved, change: moved ? changeOf([TAG.sections, TAG.home], `section ${id} moved ${direction}`) : NO_CHANGE };
}

export function sectionInUse(n: number | null): string {
  const what = n === null ? 'articles' : `${n} ${n === 1 ? 'article' : 'articles'}`;
  return `This section still holds ${what} (counting drafts and the trash). Move them to another section first; nothing was deleted.`;
}

/** Deletes an empty section. One holding any article, even a draft or a trashed one, is refused and nothing changes. */
export async function deleteSection(id: number, actor: Actor, database: Executor = defaultDb()): Promise<{ change: Change }> {
  let slug = '';
  try {
    await database.transaction(async (tx) => {
      // The row lock also blocks a new article from being filed here until this transaction ends.
      const [current] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
      if (!current) throw new NotFoundError('This section no longer exists.');
      slug = current.slug;
      const [used] = await tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id));
      if ((used?.n ?? 0) > 0) throw new FieldErrors({}, sectionInUse(used!.n));
      await tx.delete(sections).where(eq(sections.id, id));
      await recordAudit(
        { actorId: actor.id, action: 'section.delete', targetType: 'section', targetId: id, ip: actor.ip, details: { name: current.name, slug: current.slug } },
        tx,
      );
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new FieldErrors({}, sectionInUse(null));
    throw error;
  }
  return { change: changeOf([TAG.sections, TAG.section(slug), TAG.home], `section ${slug} deleted`) };
}
