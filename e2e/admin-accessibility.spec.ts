import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';

test.use({ storageState: storageStatePath('admin') });

// The administration pages, checked against WCAG 2 A/AA rules, including a form showing its errors.
test('staff, profile, sections, audit and overview pages have no detectable accessibility violations', async ({ page }) => {
  // Eight full axe scans one after another: 19 of the default 30 s under CPU load.
  test.slow();
  const scan = async (label: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
  };
  for (const path of ['/dashboard', '/dashboard/staff', '/dashboard/staff/new', '/dashboard/profile', '/dashboard/sections', '/dashboard/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan(path);
  }
  await page.goto('/dashboard/staff/new');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
  await scan('staff form with errors');

  await page.goto('/dashboard/staff');
  await page.getByRole('link', { name: 'Amara Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amara Okafor' })).toBeVisible();
  await scan('staff member');
});
