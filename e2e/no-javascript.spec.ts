import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('pages render their full content with JavaScript disabled', async ({ page }) => {
  await page.goto('/');
  const href = (await page.locator('main article h3 a').first().getAttribute('href'))!;
  await page.goto(href);
  await expect(page.locator('h1')).toBeVisible();
  const paragraphs = page.locator('.article-body p');
  expect(await paragraphs.count()).toBeGreaterThan(5);
  await expect(page.getByRole('complementary', { name: 'Latest News' }).locator('li:visible')).toHaveCount(6);
  // The theme button needs JavaScript, so it is not offered without it.
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();

  await page.goto('/business');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('harbour');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=harbour/);
});
