import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { purgeArticle } from '@/db/mutations/articles';
import { commit } from '@/lib/changes/pipeline';
import { articles, media, users, type UserRole } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import type { ArticleDraft } from '@/features/articles/editor-types';
import { emptyDraft } from '@/features/articles/editor-types';
import { sectionBySlug, uniqueSlug } from './fixtures';

const staffIds: number[] = [];
const articleIds = new Set<number>();

/** A staff account of `role` with a unique email, removed again by cleanupNewsroom. */
export async function createTestStaff(role: UserRole): Promise<StaffUser> {
  const slug = uniqueSlug(`staff-${role}`);
  const [row] = await db()
    .insert(users)
    .values({ name: `Test ${role} ${slug.slice(-6)}`, slug, email: `${slug}@int.test`, role, passwordHash: 'not-a-real-hash' })
    .returning();
  if (!row) throw new Error('user insert returned no row');
  staffIds.push(row.id);
  return { id: row.id, name: row.name, email: row.email, role: row.role, slug: row.slug };
}

/** Remembers an article made through the newsroom functions, so cleanupNewsroom purges it. */
export function trackArticle(id: number): number {
  articleIds.add(id);
  return id;
}

/** Purges tracked articles (and any article by a test account), then removes the test accounts. */
export async function cleanupNewsroom(): Promise<void> {
  if (staffIds.length) {
    const owned = await db().select({ id: articles.id }).from(articles).where(inArray(articles.authorId, staffIds));
    for (const { id } of owned) articleIds.add(id);
  }
  for (const id of articleIds) await commit(purgeArticle(id));
  articleIds.clear();
  if (staffIds.length) await db().delete(users).where(inArray(users.id, staffIds.splice(0)));
}

export async function anyMediaId(): Promise<number> {
  const [row] = await db().select({ id: media.id }).from(media).limit(1);
  if (!row) throw new Error('no media seeded');
  return row.id;
}

/** A draft complete enough to publish: title, standfirst, section, body, hero image with alt text. */
export async function publishableDraft(overrides: Partial<ArticleDraft> = {}): Promise<ArticleDraft> {
  const section = await sectionBySlug('city');
  const slug = overrides.slug ?? uniqueSlug('newsroom');
  return {
    ...emptyDraft(),
    title: `Newsroom test ${slug}`,
    slug,
    standfirst: 'A standfirst for a newsroom test.',
    body: '<h2>What happened</h2><p>Something newsworthy happened in Northgate today.</p>',
    sectionId: section.id,
    heroMediaId: await anyMediaId(),
    heroAlt: 'A test picture',
    ...overrides,
  };
}
