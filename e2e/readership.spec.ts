import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';

// Issue 15 point 8: the newsroom's readership pages, accessible, and the CSV only for editors up.

test.describe('as an administrator', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('the readership pages show charts with table alternatives, pass axe, and export CSV', async ({ page }) => {
    test.slow();
    const scan = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
    };
    await page.goto('/dashboard/stats');
    await expect(page.getByRole('heading', { level: 1, name: 'Readership' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Views per day of the whole site/ })).toBeVisible();
    await page.getByText('Show the numbers as a table').first().click();
    await expect(page.getByRole('table', { name: /Views per day of the whole site/ })).toBeVisible();
    await scan('/dashboard/stats');

    const csv = await page.request.get('/dashboard/stats/export');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe('day,article_id,title,views,visitors');

    await page.goto('/dashboard/articles?tab=published');
    await expect(page.getByRole('columnheader', { name: /Views/ })).toBeVisible();
    await page.locator('td a[href$="/stats"]').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Readership of/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Views per day of/ })).toBeVisible();
    await scan('article statistics');
  });
});

test.describe('as a contributor', () => {
  test.use({ storageState: storageStatePath('contributor') });

  test('site-wide readership and its CSV are refused', async ({ page }) => {
    const res = await page.goto('/dashboard/stats');
    expect(res!.status()).toBe(403);
    const csv = await page.request.get('/dashboard/stats/export');
    expect(csv.status()).toBe(403);
  });
});

test('the CSV export needs a session', async ({ request }) => {
  const csv = await request.get('/dashboard/stats/export');
  expect(csv.status()).toBe(401);
});
