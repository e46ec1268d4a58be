import { expect, test } from '@playwright/test';

async function someArticlePath(page: import('@playwright/test').Page, index = 3) {
  await page.goto('/latest');
  return (await page.locator('main article h2 a').nth(index).getAttribute('href'))!;
}

test('an article shows headline, standfirst, byline, times, hero, body, tags and related stories', async ({ page }) => {
  await page.goto(await someArticlePath(page));
  await expect(page.locator('h1')).toHaveCount(1);
  const article = page.locator('main article').first();
  await expect(article.locator('a[rel="author"]')).toHaveAttribute('href', /^\/author\//);
  const time = article.locator('time').first();
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  await expect(article.locator('figure img').first()).toHaveAttribute('alt', /.+/);
  await expect(article.locator('figcaption').first()).toContainText('Illustration');
  await expect(article.locator('.article-body h2').first()).toBeVisible();
  await expect(article.locator('.article-body blockquote')).toHaveCount(1);
  await expect(article.getByRole('heading', { name: 'Topics' })).toBeVisible();
  await expect(article.getByRole('heading', { name: /^More from / })).toBeVisible();
});

test('the Latest News sidebar lists 6 other stories with thumbnail, headline and excerpt', async ({ page }) => {
  const path = await someArticlePath(page, 0);
  await page.goto(path);
  const title = (await page.locator('h1').textContent())!.trim();
  const aside = page.getByRole('complementary', { name: 'Latest News' });
  await expect(aside.getByRole('heading', { name: 'Latest News' })).toBeVisible();
  // The shared fragment lists one story more; the page hides the one being read (or the extra).
  const items = aside.locator('li:visible');
  await expect(items).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    const item = items.nth(i);
    await expect(item.locator('img')).toHaveCount(1);
    await expect(item.locator('h3 a')).not.toHaveText(title);
    await expect(item.locator('p')).not.toBeEmpty();
  }
  const hrefs = await items.locator('h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(hrefs).not.toContain(path);
  const second = items.locator('h3 a').nth(1);
  const secondTitle = (await second.textContent())!.trim();
  await second.click();
  await expect(page.locator('h1')).toHaveText(secondTitle);
});

test('on a phone the sidebar comes after the article', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(await someArticlePath(page));
  const articleBox = await page.locator('main article').first().boundingBox();
  const asideBox = await page.getByRole('complementary', { name: 'Latest News' }).boundingBox();
  expect(asideBox!.y).toBeGreaterThan(articleBox!.y + articleBox!.height - 1);
  await context.close();
});

test('an unknown article answers 404 with the styled page', async ({ page }) => {
  const response = await page.goto('/city/this-story-does-not-exist');
  expect(response!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('We can’t find that page');
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveCount(1);

  // URLs matching no route at all get the same page, with the site around it.
  const unmatched = await page.goto('/dashboard-nope/a/b/c/d');
  expect(unmatched!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We can’t find that page');
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
});
