import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { createArticle, purgeArticle, transitionArticle, type ArticleFields } from '@/db/mutations/articles';
import { sections, users } from '@/db/schema';
import { emptyContent } from '@/lib/articles/content';
import { commit } from '@/lib/changes/pipeline';

let counter = 0;
const created: number[] = [];

/**
 * Removes every article this test file made, so the shared database the end-to-end suite reads
 * afterwards holds only the demo content. Call it from afterAll.
 */
export async function cleanupArticles(): Promise<void> {
  for (const id of created.splice(0)) await commit(purgeArticle(id));
}

/** createArticle that remembers the article for cleanupArticles. */
export async function createTestArticle(overrides: Partial<ArticleFields> = {}) {
  const article = await commit(createArticle(await articleFields(overrides), { editorId: null }));
  created.push(article.id);
  return article;
}

/** A unique slug per call, so tests sharing the seeded database never collide. */
export function uniqueSlug(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export async function sectionBySlug(slug: string) {
  const [row] = await db().select().from(sections).where(eq(sections.slug, slug));
  if (!row) throw new Error(`no section ${slug}`);
  return row;
}

async function anyAuthor() {
  const [row] = await db().select().from(users).limit(1);
  if (!row) throw new Error('no users seeded');
  return row;
}

export async function articleFields(overrides: Partial<ArticleFields> = {}): Promise<ArticleFields> {
  const section = await sectionBySlug('city');
  const author = await anyAuthor();
  const slug = overrides.slug ?? uniqueSlug();
  return {
    ...emptyContent(),
    title: `Test story ${slug}`,
    slug,
    standfirst: 'A story created by the test suite.',
    body: '<p>Body text for a test story.</p>',
    sectionId: section.id,
    authorId: author.id,
    ...overrides,
  };
}

/** Creates an article and moves it to `status`; published ones get `publishedAt` (default now). */
export async function makeArticle(
  status: 'draft' | 'pending_review' | 'scheduled' | 'published' | 'archived',
  overrides: Partial<ArticleFields> = {},
  publishedAt?: Date,
) {
  const article = await createTestArticle(overrides);
  if (status === 'draft') return article;
  if (status === 'scheduled') return commit(transitionArticle(article.id, { to: 'scheduled', at: new Date(Date.now() + 86_400_000) }, { editorId: null }));
  if (status === 'archived') {
    await commit(transitionArticle(article.id, { to: 'published', publishedAt }, { editorId: null }));
    return commit(transitionArticle(article.id, { to: 'archived' }, { editorId: null }));
  }
  if (status === 'published') return commit(transitionArticle(article.id, { to: 'published', publishedAt }, { editorId: null }));
  return commit(transitionArticle(article.id, { to: 'pending_review' }, { editorId: null }));
}
