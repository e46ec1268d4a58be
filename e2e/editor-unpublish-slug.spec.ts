import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleRow, expectSaved, recordServerActions, removeArticles, saveStatus, serverActionsPastAutosave, slugOf, uniqueTitle, writeCompleteDraft } from './support/newsroom';

test.use({ storageState: storageStatePath('editor') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('renaming a live story redirects the old URL; unpublishing takes it off the homepage and makes it 404', async ({ page, request }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  // The editor's timers run on a clock the test can move past the autosave delay.
  await page.clock.install();
  const sent = recordServerActions(page);
  const title = uniqueTitle('Wend valley bus route saved');
  const id = await writeCompleteDraft(page, title);
  created.push(id);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  const oldPath = `/city/${slugOf(title)}`;
  expect((await request.get(oldPath)).status()).toBe(200);

  // Live stories do not autosave: the change waits for Update.
  const newSlug = `${slugOf(title)}-renamed`;
  await page.getByLabel('Slug', { exact: true }).fill(newSlug);
  await expect(saveStatus(page)).toHaveText('Unsaved changes: not live until you click Update');
  expect(await serverActionsPastAutosave(page, sent)).toEqual([]);
  await expect(saveStatus(page)).toHaveText('Unsaved changes: not live until you click Update');
  expect((await articleRow(id))!.slug).toBe(slugOf(title));
  await page.getByRole('button', { name: 'Update' }).click();
  await expectSaved(page);
  expect((await articleRow(id))!.slug).toBe(newSlug);

  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  // (Next repeats the Location header on an uncached render; every copy must point to the new URL.)
  const locations = moved.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.length).toBeGreaterThan(0);
  for (const l of locations) expect(new URL(l.value, 'http://x').pathname).toBe(`/city/${newSlug}`);
  expect((await request.get(`/city/${newSlug}`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText('Unpublished: it is back in drafts')).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('Draft');

  expect(await (await request.get('/')).text()).not.toContain(title);
  expect((await request.get(`/city/${newSlug}`)).status()).toBe(404);
  expect((await request.get(oldPath, { maxRedirects: 0 })).status()).toBe(404);
});
