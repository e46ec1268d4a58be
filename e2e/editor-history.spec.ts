import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleIdFromUrl, articleRow, bodyEditor, expectSaved, openEditor, pasteIntoBody, removeArticles, uniqueTitle } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

async function shownVersion(page: import('@playwright/test').Page): Promise<number> {
  const text = (await page.getByText(/^Version \d+ ·/).textContent()) ?? '';
  return Number(/Version (\d+)/.exec(text)![1]);
}

test('history lists every save, shows a word diff and restores an older version as a new one', async ({ page }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const title = uniqueTitle('Library hours extended');
  await openEditor(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Culture' });
  await pasteIntoBody(page, '<p>The library will open on Sundays from March.</p>');
  await expectSaved(page);
  const id = await articleIdFromUrl(page);
  created.push(id);
  const original = await shownVersion(page);

  // Two more saves: a changed sentence, then a changed standfirst.
  await bodyEditor(page).getByText('The library will open on Sundays from March.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.type('until May.');
  await expect(bodyEditor(page)).toContainText('The library will open on Sundays from until May.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  await page.getByLabel('Standfirst', { exact: true }).fill('Longer hours for readers.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const latest = await shownVersion(page);
  expect(latest).toBeGreaterThanOrEqual(original + 2);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of “${title}”`);
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(latest);
  await expect(versions.getByRole('listitem').first()).toContainText('current');

  await versions.getByRole('link', { name: `Version ${original}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`version=${original}$`));
  const body = page.locator('[data-field="body"]');
  // From the current version to the old one: "until May." goes, "March." comes back.
  await expect(body.locator('del').first()).toBeVisible();
  expect((await body.locator('del').allTextContents()).join(' ')).toMatch(/until\s*May/);
  expect((await body.locator('ins').allTextContents()).join(' ')).toContain('March');
  await expect(page.locator('[data-field="standfirst"]')).toContainText('Longer hours for readers.');

  await page.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Version ${original} was restored as version ${latest + 1}.` })).toBeVisible();
  await expect(page.getByText('No differences')).toBeVisible();
  const row = (await articleRow(id))!;
  expect(row.version).toBe(latest + 1);
  expect(row.body).toContain('The library will open on Sundays from March.');
  expect(row.status).toBe('draft');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Versions' }).getByRole('listitem').first()).toContainText(`Restored version ${original}`);
  await page.goto(`/dashboard/articles/${id}`);
  await expect(bodyEditor(page)).toContainText('The library will open on Sundays from March.');
});
