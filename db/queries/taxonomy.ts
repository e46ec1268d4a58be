import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '../client';
import { sections, tags, users } from '../schema';
import type { SectionSummary } from './types';

/** Sections in navigation order. */
export const getSections = cache(async (): Promise<SectionSummary[]> => {
  return db()
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
});

export const getSectionBySlug = cache(async (slug: string): Promise<SectionSummary | null> => {
  const [row] = await db()
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position })
    .from(sections)
    .where(eq(sections.slug, slug))
    .limit(1);
  return row ?? null;
});

export const getTagBySlug = cache(async (slug: string) => {
  const [row] = await db().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
});

/** Public author profile; never exposes email, role or credentials. */
export const getAuthorBySlug = cache(async (slug: string) => {
  const [row] = await db()
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio })
    .from(users)
    .where(eq(users.slug, slug))
    .limit(1);
  return row ?? null;
});
