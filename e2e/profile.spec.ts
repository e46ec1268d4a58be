import { expect, test, type Page } from '@playwright/test';
import { ensureAccount } from './support/accounts';

// Each test signs in its own fresh account: changing names and passwords must not disturb the shared ones.
test.use({ storageState: { cookies: [], origins: [] } });

function freshAccount(label: string) {
  const id = `${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  // The password must not contain the email's local part: the strength rules refuse that.
  return { name: `Robin ${label}`, email: `${id}@e2e.test`, password: `fieldfare-coastline-${Math.random().toString(36).slice(2, 8)}`, slug: `${id}-e2e` };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('a new name and bio show on the public author page straight away', async ({ page }) => {
  const account = freshAccount('profile');
  await ensureAccount(account, 'author');
  // The author page is cached once seen; the change must expire it.
  await page.goto(`/author/${account.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.name);

  await signIn(page, account.email, account.password);
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Enter your name/);

  const name = `Robin Renamed ${Date.now().toString(36)}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Bio', { exact: true }).fill('Reports on the river, the weirs and the people who mind them.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Newsroom' })).toContainText(name);

  await page.goto(`/author/${account.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Reports on the river, the weirs and the people who mind them.')).toBeVisible();
});

test('changing the password needs the current one, keeps this browser signed in and signs out the others', async ({ page, browser }) => {
  // Two browsers, sign-ins and password hashes (argon2): 15 of the default 30 s under CPU load.
  test.slow();
  const account = freshAccount('password');
  await ensureAccount(account, 'contributor');
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await signIn(otherPage, account.email, account.password);

  await signIn(page, account.email, account.password);
  await page.goto('/dashboard/profile');
  const next = `${account.password}-new`;
  await page.getByLabel('Current password').fill('not-my-password-at-all');
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('This is not your current password.');
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();

  // This browser signed in again with the new password; the other one was signed out.
  await page.goto('/dashboard/profile');
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
  await otherPage.goto('/dashboard');
  await expect(otherPage).toHaveURL(/\/login/);
  await otherPage.getByLabel('Email').fill(account.email);
  await otherPage.getByLabel('Password').fill(account.password);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  await signIn(otherPage, account.email, next);
  await other.close();
});
