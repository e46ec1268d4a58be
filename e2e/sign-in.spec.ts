import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ensureAccount } from './support/accounts';

test('the dashboard sends signed-out visitors to sign in and brings them back afterwards', async ({ page }) => {
  const account = { name: 'Rita Return', email: 'return@e2e.test', password: 'return-trip-harbour-99' };
  await ensureAccount(account, 'author');
  await page.goto('/dashboard?welcome=1');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%3Fwelcome%3D1$/);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
});

test('a wrong password and an unknown email get the same answer', async ({ page, request }) => {
  const account = { name: 'Wanda Wrong', email: 'wrong@e2e.test', password: 'correct-horse-harbour-7' };
  await ensureAccount(account, 'author');
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  await page.getByLabel('Email').fill('nobody@e2e.test');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');

  const attempt = async (email: string) => {
    const csrf = await (await request.get('/api/auth/csrf')).json();
    const res = await request.post('/api/auth/callback/credentials', {
      form: { email, password: 'not-the-password', csrfToken: csrf.csrfToken, json: 'true' },
      maxRedirects: 0,
    });
    return { status: res.status(), location: res.headers()['location'] ?? (await res.text()) };
  };
  const known = await attempt(account.email);
  const unknown = await attempt('nobody-else@e2e.test');
  expect(known.status).toBe(unknown.status);
  expect(known.location).toBe(unknown.location);
});

test('after 5 failures an account is locked for this address, even with the right password', async ({ page }) => {
  const account = { name: 'Tom Throttle', email: 'throttle@e2e.test', password: 'throttle-harbour-lights-5' };
  await ensureAccount(account, 'author');
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Password').fill(`wrong-${i}-password`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  }
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText(/^Too many sign-in attempts\. Try again in (1[0-5]|[1-9]) minutes?\.$/);
  await expect(page).toHaveURL(/\/login/);
});

test.describe('signed in', () => {
  // Its own session, not a shared role's: signing out ends the session for every copy of its
  // cookie, and the other specs' saved sessions are such copies.
  test('signing out ends the session, also for a copy of its cookie', async ({ page, browser }) => {
    const account = { name: 'Otto Out', email: 'signout@e2e.test', password: 'sign-out-harbour-2026-o' };
    await ensureAccount(account, 'editor');
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    const copied = await page.context().storageState();

    await page.goto('/dashboard');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);

    // Issue 16 point 10: the copied cookie used to keep working for up to 12 hours.
    const thief = await browser.newContext({ storageState: copied });
    const stolen = await thief.newPage();
    await stolen.goto('/dashboard');
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });
});

test('the sign-in page has no serious accessibility problems and works by keyboard alone', async ({ page }) => {
  const account = { name: 'Kim Keys', email: 'keys@e2e.test', password: 'keyboard-harbour-2026-k' };
  await ensureAccount(account, 'contributor');
  await page.goto('/login');
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const email = page.getByLabel('Email');
  for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
});
