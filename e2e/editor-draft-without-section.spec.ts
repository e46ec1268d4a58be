import { expect, test } from '@playwright/test';
import { storageStatePath, withDatabase } from './support/accounts';
import { articleIdFromUrl, bodyEditor, expectSaved, openEditor, removeArticles } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

// Regression: a new story could not be saved until a section was chosen ("Not saved: Please
// correct the highlighted fields"), so the first paragraphs lived only in the browser.
test('a new story with only a body saves as a draft; publishing it still asks for a section', async ({ page }) => {
  const words = `The first paragraph, typed before the headline ${Date.now().toString(36)}.`;
  await openEditor(page);
  await bodyEditor(page).click();
  await page.keyboard.type(words);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expectSaved(page);
  const id = await articleIdFromUrl(page);
  created.push(id);
  const stored = await withDatabase(async (client) => (await client.query('select title, body, section_id, status from articles where id = $1', [id])).rows[0]);
  expect(stored).toMatchObject({ title: '', section_id: null, status: 'draft', body: `<p>${words}</p>` });

  // Typing on autosaves, as for any draft.
  await bodyEditor(page).press('End');
  await page.keyboard.type(' And a second sentence.');
  const storedBody = async () => withDatabase(async (client) => (await client.query<{ body: string }>('select body from articles where id = $1', [id])).rows[0]?.body);
  await expect.poll(storedBody, { timeout: 15_000 }).toContain('And a second sentence.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Publish' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Finish these before publishing:' });
  await expect(alert).toContainText('Choose a section.');
  await expect(alert).toContainText('Give the article a title.');
  await expect(page.getByTestId('article-status')).toHaveText('Draft');

  // The newsroom list shows it, untitled and without a section.
  await page.goto('/dashboard/articles?tab=drafts');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Untitled' }) }).filter({ has: page.locator(`a[href="/dashboard/articles/${id}"]`) });
  await expect(row).toContainText('No section');
});
