import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { createTag, renameTag } from '@/db/mutations/tags';
import { tags } from '@/db/schema';
import { commit } from '@/lib/changes/pipeline';
import { articleUrlPath } from '@/lib/site';
import { cleanupArticles, makeArticle, uniqueSlug } from '@/testing/fixtures';
import { eq } from 'drizzle-orm';

const baseUrl = process.env.TEST_BASE_URL;
const tagIds: number[] = [];

afterAll(async () => {
  await cleanupArticles();
  for (const id of tagIds) await db().delete(tags).where(eq(tags.id, id));
  await closeConnection();
});

async function read(path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status).toBe(200);
  return { fromMemory: res.headers.get('x-front-cache') === 'HIT', html: await res.text() };
}

describe('the front cache after a change', () => {
  it('drops the pages that showed what changed and keeps serving the others from memory', async () => {
    const slug = uniqueSlug('ferries');
    const tag = await commit(createTag({ name: `Ferries ${slug.slice(-6)}`, slug }));
    tagIds.push(tag.id);
    const tagged = await makeArticle('published', { tagIds: [tag.id] });
    const other = await makeArticle('published');
    const taggedPath = articleUrlPath('city', tagged.slug);
    const otherPath = articleUrlPath('city', other.slug);
    // Twice each: the second read must come from memory.
    for (const p of [taggedPath, otherPath]) await read(p);
    expect((await read(taggedPath)).fromMemory).toBe(true);
    expect((await read(otherPath)).fromMemory).toBe(true);

    const renamed = `Harbour ferries ${slug.slice(-6)}`;
    await commit(renameTag(tag.id, renamed));

    const after = await read(taggedPath);
    expect(after.fromMemory).toBe(false);
    expect(after.html).toContain(renamed);
    expect((await read(otherPath)).fromMemory).toBe(true);
  });
});
