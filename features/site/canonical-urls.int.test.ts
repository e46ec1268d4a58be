import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { updateArticle } from '@/db/mutations/articles';
import { getArticleRow } from '@/db/queries/article-rows';
import { cleanupArticles, makeArticle, uniqueSlug } from '@/testing/fixtures';
import { commit } from '@/lib/changes/pipeline';

const baseUrl = process.env.TEST_BASE_URL!;

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

async function head(path: string) {
  const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  const location = res.headers.get('location');
  return { status: res.status, location: location ? location.replace(baseUrl, '') : null };
}

describe('one canonical URL per page', () => {
  it('other spellings redirect permanently to it', async () => {
    const cases: [string, string][] = [
      ['/City', '/city'],
      ['/city/', '/city'],
      ['/LATEST?page=2', '/latest?page=2'],
      ['/latest/page/2', '/latest?page=2'],
      ['/latest?page=1', '/latest'],
      ['/author/Amara-Okafor', '/author/amara-okafor'],
      ['/feeds/rss.xml/', '/feeds/rss.xml'],
    ];
    for (const [from, to] of cases) {
      const res = await head(from);
      if (from === '/latest?page=1') {
        // Page 1 is served at the bare path's content; its canonical link names the bare path.
        expect(res.status, from).toBe(200);
        continue;
      }
      expect(res.status, from).toBe(301);
      expect(res.location, from).toBe(to);
    }
  });

  it('an old slug answers 301 to the current URL, a story under the wrong section too', async () => {
    const story = await makeArticle('published');
    const row = (await getArticleRow(story.id))!;
    const renamed = uniqueSlug('renamed');
    await commit(updateArticle(story.id, row.version, { ...row.fields, slug: renamed }, { editorId: null }));
    expect(await head(`/city/${story.slug}`)).toEqual({ status: 301, location: `/city/${renamed}` });
    expect((await head(`/city/${renamed}`)).status).toBe(200);
    expect(await head(`/business/${renamed}`)).toEqual({ status: 301, location: `/city/${renamed}` });
  });

  it('unknown paths are 404', async () => {
    for (const path of ['/nope', '/city/no-such-story', '/author/nobody-at-all', '/tag/no-such-topic', '/feeds/nope.xml', '/sitemaps/x.xml']) {
      expect((await head(path)).status, path).toBe(404);
    }
  });
});
