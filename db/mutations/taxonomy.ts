import 'server-only';
import { sql } from 'drizzle-orm';
import { expireTags } from '@/lib/cache/expire';
import { TAG } from '@/lib/cache/tags';
import { db as defaultDb, type Database } from '../client';
import { sections, tags } from '../schema';

export type SectionInput = { name: string; slug: string; description: string; position: number };

/** Creates or updates a section by slug; the header of every page lists sections, so all pages expire. */
export async function upsertSection(input: SectionInput, database: Database = defaultDb()): Promise<number> {
  const [row] = await database
    .insert(sections)
    .values(input)
    .onConflictDoUpdate({
      target: sections.slug,
      set: { name: input.name, description: input.description, position: input.position },
    })
    .returning({ id: sections.id });
  if (!row) throw new Error('section upsert returned no row');
  await expireTags([TAG.sections, TAG.section(input.slug)]);
  return row.id;
}

/** Returns the tag's id, creating it on first use. */
export async function ensureTag(name: string, slug: string, database: Database = defaultDb()): Promise<number> {
  const [row] = await database
    .insert(tags)
    .values({ name, slug })
    .onConflictDoUpdate({ target: tags.slug, set: { name: sql`${tags.name}` } })
    .returning({ id: tags.id });
  if (!row) throw new Error('tag upsert returned no row');
  return row.id;
}
