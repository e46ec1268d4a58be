import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { updateArticle } from '@/db/mutations/articles';
import { getArticleRow } from '@/db/queries/article-rows';
import { getLatestArticles } from '@/db/queries/public-articles';
import { articlePath } from '@/lib/site';
import { commit } from '@/lib/changes/pipeline';

// Not BASE_URL: Vite sets that to its own public base path inside tests.
const baseUrl = process.env.TEST_BASE_URL;

afterAll(closeConnection);

async function page(path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

describe('cached pages after a change', () => {
  it('show a new headline on the article page and the homepage on the very next request', async () => {
    expect(baseUrl, 'TEST_BASE_URL of the running test server').toBeTruthy();
    const lead = (await getLatestArticles(1))[0]!;
    const row = (await getArticleRow(lead.id))!;
    // Warm both pages so the next reads come from the cache unless the change expired them.
    await page(articlePath(lead));
    expect(await page(articlePath(lead))).not.toContain('Changed headline');
    // Pages that show it without being its own: prerendered static routes (the homepage, /latest,
    // the Latest News fragment inside another story's page) and an on-demand listing.
    const others = ['/', '/latest', `/${lead.section.slug}`, articlePath((await getLatestArticles(3))[2]!)];
    for (const path of others) {
      await page(path);
      await page(path);
    }

    const headline = `Changed headline ${Date.now()}`;
    await commit(updateArticle(row.id, row.version, { ...row.fields, title: headline }, { editorId: null }));

    expect(await page(articlePath(lead))).toContain(headline);
    for (const path of others) expect(await page(path), path).toContain(headline);

    // Put the demo story back for the suites that run after this one.
    const changed = (await getArticleRow(row.id))!;
    await commit(updateArticle(row.id, changed.version, { ...changed.fields, title: row.title }, { editorId: null }));
    expect(await page('/')).toContain(row.title.replace(/'/g, '&#x27;'));
  });
});
