import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { removeArticles, slugOf, uniqueTitle, writeCompleteDraft } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('the preview renders the public page with a Preview banner and noindex, for staff only', async ({ page, browser, request }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const title = uniqueTitle('Lido reopening date set');
  const id = await writeCompleteDraft(page, title);
  created.push(id);

  const [preview] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Preview' }).click()]);
  await expect(preview).toHaveURL(new RegExp(`/dashboard/articles/${id}/preview$`));
  await expect(preview.getByRole('note', { name: 'Preview' })).toContainText('Preview');
  await expect(preview.getByRole('note', { name: 'Preview' })).toContainText('a draft, not public');
  await expect(preview.locator('h1')).toHaveText(title);
  // The site around it, exactly as readers get it.
  await expect(preview.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  // The theme button's script is inline: the newsroom's CSP must allow it (by its hash).
  const theme = preview.getByRole('button', { name: 'Dark mode' });
  await expect(theme).toHaveAttribute('aria-pressed', 'false');
  await theme.click();
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.getByRole('complementary', { name: 'Latest News' })).toBeVisible();
  await expect(preview.locator('.article-body blockquote')).toHaveCount(1);
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // The draft itself is not public.
  expect((await request.get(`/city/${slugOf(title)}`)).status()).toBe(404);

  // Signed out: sent to sign in, and the text never reaches the response.
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await stranger.request.get(`/dashboard/articles/${id}/preview`);
  expect(response.url()).toMatch(/\/login\?callbackUrl=/);
  expect(await response.text()).not.toContain(title);
  await stranger.close();

  // Staff who may not open the article get a 404, not the text.
  const contributor = await browser.newContext({ storageState: storageStatePath('contributor') });
  const other = await contributor.request.get(`/dashboard/articles/${id}/preview`);
  expect(other.status()).toBe(404);
  expect(await other.text()).not.toContain(title);
  await contributor.close();
});
