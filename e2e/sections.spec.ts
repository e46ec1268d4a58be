import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';

test.describe('as an editor', () => {
  test.use({ storageState: storageStatePath('editor') });

  test('a new section appears in the public navigation on the next load, and an empty one can be deleted', async ({ page }) => {
    const suffix = Date.now().toString(36);
    const name = `Tides ${suffix}`;
    const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
    // Load the home page first, so it is cached and only an expiry can show the new section.
    await page.goto('/');
    await expect(sections).toBeVisible();
    await expect(sections.getByRole('link', { name })).toHaveCount(0);

    await page.goto('/dashboard/sections');
    await page.getByLabel('Section name').fill(name);
    await page.getByLabel('Section slug').fill('dashboard');
    await page.getByRole('button', { name: 'Add section' }).click();
    await expect(page.getByLabel('Section slug')).toHaveAccessibleDescription(/used by the site itself/);
    await page.getByLabel('Section slug').fill('');
    await page.getByRole('button', { name: 'Add section' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Section “${name}” added` })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(`/tides-${suffix}`);

    await page.goto('/');
    await expect(sections.getByRole('link', { name })).toHaveAttribute('href', `/tides-${suffix}`);
    await sections.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // Reorder by keyboard-reachable buttons: the new (last) section moves up one place.
    await page.goto('/dashboard/sections');
    const before = await page.locator('tbody').first().getByRole('row').allInnerTexts();
    await page.getByRole('button', { name: `Move ${name} up` }).click();
    await expect(async () => {
      const after = await page.locator('tbody').first().getByRole('row').allInnerTexts();
      expect(after.findIndex((t) => t.includes(name))).toBe(before.findIndex((t) => t.includes(name)) - 1);
    }).toPass();

    // Empty, so it can go; the question is asked in the page first.
    await page.getByRole('link', { name }).click();
    await page.getByRole('button', { name: 'Delete section' }).click();
    await expect(page.getByText(`Delete “${name}”?`)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete section' }).click();
    await expect(page).toHaveURL(/\/dashboard\/sections$/);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
    await page.goto('/');
    await expect(sections.getByRole('link', { name })).toHaveCount(0);
  });

  test('a section that holds stories explains why it cannot be deleted', async ({ page }) => {
    await page.goto('/dashboard/sections');
    await page.getByRole('link', { name: 'City', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit section: City' })).toBeVisible();
    await expect(page.getByText(/This section still holds \d+ articles .* Move them to another section first/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete section' })).toHaveCount(0);
  });

  test('tags are created, renamed and deleted', async ({ page }) => {
    const name = `Lighthouses ${Date.now().toString(36)}`;
    await page.goto('/dashboard/sections');
    await page.getByLabel('Tag name').fill(name);
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Tag “${name}” added` })).toBeVisible();
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill(`${name} and lightships`);
    await page.getByRole('button', { name: 'Rename tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tag renamed' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit tag: ${name} and lightships`);
    await page.getByRole('button', { name: 'Delete tag' }).click();
    await page.getByRole('button', { name: 'Yes, delete tag' }).click();
    await expect(page).toHaveURL(/\/dashboard\/sections$/);
    await expect(page.getByRole('link', { name: `${name} and lightships` })).toHaveCount(0);
  });
});

test.describe('as a contributor', () => {
  test.use({ storageState: storageStatePath('contributor') });

  test('sections, tags and staff pages are refused, and not offered in the navigation', async ({ page }) => {
    for (const path of ['/dashboard/sections', '/dashboard/staff']) {
      expect((await page.goto(path))!.status(), path).toBe(403);
      await expect(page.getByText('403 · Not allowed'), path).toBeVisible();
      await expect(page.getByRole('button', { name: /Add section|Add tag|Create account/ })).toHaveCount(0);
    }
    const nav = page.getByRole('navigation', { name: 'Newsroom' });
    await expect(nav.getByRole('link', { name: 'Sections & tags' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  });

  test('the overview lists only their own work', async ({ page }) => {
    await page.goto('/dashboard');
    for (const heading of ['Your drafts', 'Your stories waiting for review', 'Your scheduled stories', 'Your recently published stories']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
  });
});

test.describe('overview as an editor', () => {
  test.use({ storageState: storageStatePath('editor') });

  test('shows the review queue, the schedule and recent stories, each linking to the editor', async ({ page }) => {
    await page.goto('/dashboard');
    for (const heading of ['Your drafts', 'Waiting for review', 'Scheduled', 'Recently published']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    const recent = page.getByRole('region', { name: 'Recently published' });
    await expect(recent.getByRole('link').first()).toHaveAttribute('href', /^\/dashboard\/articles\/\d+$/);
    const scheduled = page.getByRole('region', { name: 'Scheduled' });
    await expect(scheduled.getByRole('link').first()).toHaveAttribute('href', /^\/dashboard\/articles\/\d+$/);
  });
});
