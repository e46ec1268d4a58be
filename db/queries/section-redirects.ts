import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '../client';
import { sectionRedirects, sections } from '../schema';

/** The current slug of a section that used to live at `oldSlug`, for a 301; null when none did. */
export async function resolveOldSectionSlug(oldSlug: string): Promise<string | null> {
  const [row] = await db()
    .select({ slug: sections.slug })
    .from(sectionRedirects)
    .innerJoin(sections, eq(sections.id, sectionRedirects.sectionId))
    .where(eq(sectionRedirects.oldSlug, oldSlug))
    .limit(1);
  return row?.slug ?? null;
}
