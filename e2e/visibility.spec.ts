import { expect, test } from '@playwright/test';
import { unpublishedStories } from './support/seed-data';

test('drafts and scheduled stories appear nowhere public and their URLs are 404', async ({ request }) => {
  expect(unpublishedStories.length).toBeGreaterThanOrEqual(3);
  const pages = await Promise.all(['/', '/latest', '/latest?page=2', '/latest?page=3', '/latest?page=4'].map(async (p) => (await request.get(p)).text()));
  for (const story of unpublishedStories) {
    expect((await request.get(`/${story.section}/${story.slug}`)).status(), story.slug).toBe(404);
    for (const html of pages) expect(html).not.toContain(story.slug);
  }
});
