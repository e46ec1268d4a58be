import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../client';
import { articleRevisions, media, sections, tags, users, type RevisionSnapshot } from '../schema';

// Revisions are the newsroom's: callers (features/articles/history.ts) check the staff member's role first.

type RevisionListItem = { version: number; editor: string | null; createdAt: string; note: string };

/** Every revision of an article, newest first. */
export async function listArticleRevisions(articleId: number): Promise<RevisionListItem[]> {
  const rows = await db()
    .select({ version: articleRevisions.version, editor: users.name, createdAt: articleRevisions.createdAt, note: articleRevisions.note })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getArticleRevision(
  articleId: number,
  version: number,
): Promise<(RevisionListItem & { snapshot: RevisionSnapshot }) | null> {
  const [row] = await db()
    .select({
      version: articleRevisions.version,
      editor: users.name,
      createdAt: articleRevisions.createdAt,
      note: articleRevisions.note,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, version)))
    .orderBy(desc(articleRevisions.id))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/** Names for the ids a revision refers to, so a diff can say "Business" rather than "section 4". */
export async function namesForIds(ids: { sectionIds: number[]; tagIds: number[]; mediaIds: number[] }) {
  const [sectionRows, tagRows, mediaRows] = await Promise.all([
    ids.sectionIds.length ? db().select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, ids.sectionIds)) : [],
    ids.tagIds.length ? db().select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, ids.tagIds)) : [],
    ids.mediaIds.length
      ? db().select({ id: media.id, name: media.originalName, alt: media.alt }).from(media).where(inArray(media.id, ids.mediaIds))
      : [],
  ]);
  return {
    sections: new Map(sectionRows.map((r) => [r.id, r.name])),
    tags: new Map(tagRows.map((r) => [r.id, r.name])),
    media: new Map(mediaRows.map((r) => [r.id, r.alt || r.name || `Image ${r.id}`])),
  };
}

