import 'server-only';
import { sql } from 'drizzle-orm';
import { changeOf, type Change } from '@/lib/changes/change';
import { TAG } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { sections, tags } from '../schema';

type SectionInput = { name: string; slug: string; description: string; position: number };

/** Creates or updates a section by slug; the header of every page lists sections, so all pages expire. */
export async function upsertSection(input: SectionInput, database: Executor = defaultDb()): Promise<{ id: number; change: Change }> {
  const [row] = await database
    .insert(sections)
    .values(input)
    .onConflictDoUpdate({
      target: sections.slug,
      set: { name: input.name, description: input.description, position: input.position },
    })
    .returning({ id: sections.id });
  if (!row) throw new Error('section upsert returned no row');
  return { id: row.id, change: changeOf([TAG.sections, TAG.section(input.slug)], `section ${input.slug} saved`) };
}

/** The tag's id, creating it on first use; a cached 404 for its page then becomes the (empty) tag page. */
export async function findOrCreateTag(name: string, slug: string, database: Executor = defaultDb()): Promise<{ id: number; change: Change }> {
  const [row] = await database
    .insert(tags)
    .values({ name, slug })
    .onConflictDoUpdate({ target: tags.slug, set: { name: sql`${tags.name}` } })
    .returning({ id: tags.id });
  if (!row) throw new Error('tag upsert returned no row');
  return { id: row.id, change: changeOf([TAG.tag(slug)], `tag ${slug} found or created`) };
}
