import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleRow, expectSaved, removeArticles, saveStatus, uniqueTitle, writeCompleteDraft } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('edits to a live story that never reached the server survive a closed tab and can be restored', async ({ context, page }) => {
  test.slow();
  const title = uniqueTitle('Harbour ferry fares frozen');
  const id = await writeCompleteDraft(page, title);
  created.push(id);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');

  // A correction typed into the live story, then the tab is gone before Update.
  await page.getByLabel('Title', { exact: true }).fill(`${title} until spring`);
  await expect(saveStatus(page)).toHaveText('Unsaved changes: not live until you click Update');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, `northgate:unsaved:${id}`)).toBe(true);
  await page.close({ runBeforeUnload: false });
  expect((await articleRow(id))!.title).toBe(title);

  const again = await context.newPage();
  await again.goto(`/dashboard/articles/${id}`);
  const offer = again.getByRole('region', { name: 'Unsaved changes were kept in this browser' });
  await expect(offer).toBeVisible();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue(title);
  await offer.getByRole('button', { name: 'Restore unsaved changes' }).click();
  await expect(offer).toBeHidden();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue(`${title} until spring`);
  await expect(saveStatus(again)).toHaveText('Unsaved changes: not live until you click Update');

  await again.getByRole('button', { name: 'Update' }).click();
  await expectSaved(again);
  expect((await articleRow(id))!.title).toBe(`${title} until spring`);

  // Once saved, nothing is offered any more.
  await again.reload();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue(`${title} until spring`);
  await expect(again.getByRole('region', { name: 'Unsaved changes were kept in this browser' })).toHaveCount(0);
});
