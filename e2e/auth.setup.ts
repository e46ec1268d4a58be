import AxeBuilder from '@axe-core/playwright';
import { expect, test as setup } from '@playwright/test';
import { ensureAccount, STAFF, storageStatePath, type Role } from './support/accounts';

setup.describe.configure({ mode: 'serial' });

setup('a fresh install offers a one-time form to create the first administrator', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Set up the newsroom' })).toBeVisible();
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByLabel('Name').fill(STAFF.admin.name);
  await page.getByLabel('Email').fill(STAFF.admin.email);
  await page.getByLabel('Password', { exact: true }).fill('password123');
  await page.getByLabel('Confirm password').fill('password123');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('This password is too common')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(STAFF.admin.password);
  await page.getByLabel('Confirm password').fill(STAFF.admin.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('navigation', { name: 'Newsroom' })).toContainText('Ada Admin');
  await page.context().storageState({ path: storageStatePath('admin') });

  // Never again once an administrator exists, even for someone signed out.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto('/login');
  await expect(other.getByRole('heading', { name: 'Staff sign in' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Create administrator' })).toHaveCount(0);
  await fresh.close();
});

for (const role of ['editor', 'author', 'contributor'] as const satisfies Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await ensureAccount(STAFF[role], role);
    await page.goto('/login');
    await page.getByLabel('Email').fill(STAFF[role].email);
    await page.getByLabel('Password').fill(STAFF[role].password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
