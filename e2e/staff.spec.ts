import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

test.use({ storageState: storageStatePath('admin') });

function freshPerson(label: string) {
  const id = `${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  // The password must not contain the email's local part: the strength rules refuse that.
  return { name: `Sam ${label} ${id.slice(-6)}`, email: `${id}@e2e.test`, password: `saltmarsh-curlew-${Math.random().toString(36).slice(2, 8)}` };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A separate browser, as the person whose account the admin changes would have. */
async function personBrowser(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

async function createAccount(page: Page, person: ReturnType<typeof freshPerson>, role: string) {
  await page.goto('/dashboard/staff/new');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByLabel('Initial password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/dashboard\/staff\/\d+\?created=1$/);
  await expect(page.getByRole('status')).toContainText('Account created');
}

test('the staff list shows roles, status and which bylines cannot sign in', async ({ page }) => {
  await page.goto('/dashboard/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  const ada = page.getByRole('row', { name: /Ada Admin/ });
  await expect(ada).toContainText('admin@e2e.test');
  await expect(ada).toContainText('Administrator');
  await expect(ada).toContainText('Active');
  await expect(page.getByRole('row', { name: /Amara Okafor/ })).toContainText('Byline only — cannot sign in');
});

test('an admin creates an account, the person signs in, and a role change ends their open session', async ({ page, browser }) => {
  const person = freshPerson('role');
  // Bad input first: each problem is announced with its field, nothing is created.
  await page.goto('/dashboard/staff/new');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill('admin@e2e.test');
  await page.getByLabel('Initial password').fill('password1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Initial password')).toHaveAccessibleDescription(/too common|at least 10/i);
  await page.getByLabel('Initial password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/already exists/);

  await createAccount(page, person, 'Author');
  const accountUrl = page.url().replace(/\?.*$/, '');

  const them = await personBrowser(browser);
  await signIn(them.page, person.email, person.password);
  await expect(them.page).toHaveURL(/\/dashboard$/);
  await expect(them.page.getByRole('navigation', { name: 'Newsroom' })).toContainText('Author');
  await expect(them.page.getByRole('link', { name: 'Sections & tags' })).toHaveCount(0);

  await page.goto(accountUrl);
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Role changed' })).toBeVisible();

  // Their next request finds the session ended.
  await them.page.goto('/dashboard/profile');
  await expect(them.page).toHaveURL(/\/login/);
  await signIn(them.page, person.email, person.password);
  await expect(them.page.getByRole('navigation', { name: 'Newsroom' })).toContainText('Editor');
  await expect(them.page.getByRole('link', { name: 'Sections & tags' })).toBeVisible();
  await them.context.close();
});

test('disabling ends the session and refuses sign-in; re-enabling and a password reset let them back in', async ({ page, browser }) => {
  // An account created, four sign-in attempts and a password reset (each an argon2 hash), then the
  // audit log: 16 of the default 30 s under CPU load, so it gets the multi-step journeys' budget.
  test.slow();
  const person = freshPerson('disable');
  await createAccount(page, person, 'Contributor');
  const accountUrl = page.url().replace(/\?.*$/, '');

  const them = await personBrowser(browser);
  await signIn(them.page, person.email, person.password);
  await expect(them.page).toHaveURL(/\/dashboard$/);

  await page.goto(accountUrl);
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Account disabled' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Re-enable account' })).toBeVisible();

  await them.page.goto('/dashboard');
  await expect(them.page).toHaveURL(/\/login/);
  await signIn(them.page, person.email, person.password);
  await expect(them.page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');

  await page.getByRole('button', { name: 'Re-enable account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Account re-enabled' })).toBeVisible();
  const newPassword = `${person.password}-reset`;
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Password reset' })).toBeVisible();

  await signIn(them.page, person.email, person.password);
  await expect(them.page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  await signIn(them.page, person.email, newPassword);
  await expect(them.page).toHaveURL(/\/dashboard$/);
  await them.context.close();

  // All of it is in the audit log, with who did it.
  await page.goto('/dashboard/audit?action=staff.disable');
  await expect(page.getByRole('row', { name: new RegExp(`Ada Admin.*Disabled an account.*${person.name}`) })).toBeVisible();
  await page.getByLabel('Action').selectOption({ label: 'Reset a password' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=staff\.password_reset/);
  await expect(page.getByRole('row', { name: new RegExp(`Reset a password.*${person.name}`) })).toBeVisible();
  await expect(page.locator('tbody')).not.toContainText('Disabled an account');
  await expect(page.locator('body')).not.toContainText(newPassword);
});

test('only administrators can open staff accounts and the audit log', async ({ browser }) => {
  for (const role of ['editor', 'contributor'] as const) {
    const context = await browser.newContext({ storageState: storageStatePath(role) });
    const page = await context.newPage();
    for (const path of ['/dashboard/staff', '/dashboard/staff/new', '/dashboard/audit']) {
      expect((await page.goto(path))!.status(), `${role} ${path}`).toBe(403);
      await expect(page.getByText('403 · Not allowed'), `${role} ${path}`).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
    }
    await expect(page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);
    await context.close();
  }
});
