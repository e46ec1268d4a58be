import { expect, test } from '@playwright/test';
import { seedStories } from './support/seed-data';

test('the homepage leads with a story and links to articles that open', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const lead = page.locator('main article').first();
  await expect(lead.locator('img')).toBeVisible();
  const headline = lead.locator('h3 a');
  const title = (await headline.textContent())!.trim();
  await headline.click();
  await expect(page.locator('h1')).toHaveText(title);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Latest', exact: true })).toBeVisible();
  for (const section of ['City', 'Business', 'Science', 'Culture', 'Sport', 'Opinion']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  const links = await page.locator('main article h3 a').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
  expect(links.length).toBeGreaterThan(20);
  for (const href of [...new Set(links)].slice(0, 12)) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('the "more stories" archive reaches every published story', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'More stories →' }).click();
  await expect(page).toHaveURL(/\/latest$/);
  const seen = new Set<string>();
  for (;;) {
    for (const href of await page.locator('main article h2 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) seen.add(href);
    const next = page.getByRole('link', { name: 'Older stories →' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(/page=\d+/);
  }
  expect(seen.size).toBeGreaterThanOrEqual(40);
});

test('section, author and tag pages list their stories and paginate with ?page=N', async ({ page }) => {
  await page.goto('/city');
  await expect(page.locator('h1')).toHaveText('City');
  // A demo story: other suites publish and delete their own stories in City while this runs.
  const demo = seedStories.filter((s) => s.section === 'city' && !s.status).map((s) => `/city/${s.slug}`);
  await page.locator(demo.map((href) => `main article h2 a[href="${href}"]`).join(', ')).first().click();
  const authorLink = page.locator('a[rel="author"]');
  const author = (await authorLink.textContent())!.trim();
  await authorLink.click();
  await expect(page.locator('h1')).toHaveText(author);
  await expect(page.locator('main article').first()).toBeVisible();

  await page.goto('/latest?page=2');
  await expect(page.locator('h1')).toContainText('page 2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/latest\?page=2$/);
});
