import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleIdFromUrl, articleRow, bodyEditor, expectSaved, removeArticles, uniqueTitle } from './support/newsroom';

test.use({ storageState: storageStatePath('editor') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

async function scan(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

test('the article list, editor and history pass automated accessibility checks, and an article can be written by keyboard alone', async ({ page }) => {
  test.slow();
  await page.goto('/dashboard/articles?tab=published');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await scan(page, 'article list');

  await page.goto('/dashboard/articles/new');
  await expect(bodyEditor(page)).toBeVisible();
  // The title field is the first control after the page's own links.
  const title = page.getByLabel('Title', { exact: true });
  await title.focus();
  const headline = uniqueTitle('Keyboard written story');
  await page.keyboard.type(headline);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Standfirst', { exact: true })).toBeFocused();
  await page.keyboard.type('Written without a mouse.');

  // Into the toolbar (one Tab stop), along it with the arrow keys, then into the text.
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.type('Plain words, then ');
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await bodyEditor(page).focus();
  await page.keyboard.type('strong words');

  // Section by keyboard: Tab through the sidebar to the select.
  const section = page.getByLabel('Section', { exact: true });
  await section.focus();
  await section.selectOption({ label: 'Science' });
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const id = await articleIdFromUrl(page);
  created.push(id);
  expect((await articleRow(id))!.body).toContain('<strong>strong words</strong>');
  await scan(page, 'editor with a saved draft');

  // Errors are announced next to their fields and do not break the page's structure.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Finish these before publishing' })).toBeVisible();
  await scan(page, 'editor showing publish errors');

  await page.goto(`/dashboard/articles/${id}/history?version=1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(headline);
  await scan(page, 'history');
});
