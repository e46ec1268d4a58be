import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box finds stories and highlights the words', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Search stories' }).fill('flood barrier');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=flood\+barrier$/);
    await expect(page.locator('h1')).toHaveText('Search');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toContainText(/stor(y|ies) match/);
    const results = page.locator('main ol > li');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.first().locator('mark').first()).toBeVisible();
    // The page's own form keeps the query, ready to refine.
    await expect(page.getByLabel('Search for')).toHaveValue('flood barrier');
    await results.first().locator('h3 a').click();
    await expect(page.locator('h1')).toHaveCount(1);
  });
});

test('a quoted phrase matches only stories with the words side by side', async ({ page }) => {
  await page.goto('/search?q=%22flood+barrier%22');
  const phrase = page.locator('main ol > li');
  const phraseCount = await phrase.count();
  expect(phraseCount).toBeGreaterThan(0);
  for (const text of await phrase.allTextContents()) expect(text).toMatch(/flood\s+barrier/i);
  await page.goto('/search?q=flood+barrier+or+harbour');
  expect(await page.locator('main ol > li').count()).toBeGreaterThan(phraseCount);
});

test('a search with no matches says so and offers a way on', async ({ page }) => {
  await page.goto('/search?q=zzqxwvnotawordanywhere');
  await expect(page.getByRole('status')).toContainText('No stories match “zzqxwvnotawordanywhere”.');
  await expect(page.getByRole('status').getByRole('link', { name: 'all stories' })).toHaveAttribute('href', '/latest');
});

test('an empty search asks what to look for', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('status')).toContainText('What are you looking for?');
});

test('over-long and symbol-only queries get a friendly message, never a server error', async ({ page, request }) => {
  const long = await request.get(`/search?q=${'a'.repeat(201)}`);
  expect(long.status()).toBe(200);
  expect(await long.text()).toContain('That search is too long.');
  const symbols = await request.get('/search?q=%%%%');
  expect([200, 400]).toContain(symbols.status());
  expect(await symbols.text()).toContain('There is nothing to search for');

  await page.goto(`/search?q=${'b'.repeat(201)}`);
  await expect(page.getByRole('status')).toContainText('Searches can be up to 200 characters; yours has 201.');
});

test('search pages are not indexed and not cached', async ({ request }) => {
  const res = await request.get('/search?q=harbour');
  expect(res.headers()['cache-control']).toMatch(/no-store|private|no-cache|max-age=0/);
  expect(await res.text()).toMatch(/<meta name="robots" content="noindex, follow"/);
});
