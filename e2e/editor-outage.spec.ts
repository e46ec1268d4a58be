import { expect, test } from '@playwright/test';
import { startApp } from '../testing/app-process';
import { startTcpProxy } from '../testing/tcp-proxy';
import { ensureAccount, withDatabase } from './support/accounts';
import { bodyEditor, expectSaved, openEditor, saveStatus, uniqueTitle } from './support/newsroom';

// Its own server whose database connection runs through a proxy this test cuts and restores.
test('when the database goes away the editor says so, keeps the text, and saves it once it is back', async ({ browser }) => {
  test.setTimeout(240_000);
  const account = { name: 'Olga Outage', email: 'outage@e2e.test', password: 'outage-harbour-2026-o' };
  await ensureAccount(account, 'author');
  const db = new URL(process.env.DATABASE_URL!);
  const proxy = await startTcpProxy({ host: db.hostname, port: Number(db.port || 5432) });
  db.hostname = '127.0.0.1';
  db.port = String(proxy.port);
  const app = await startApp({ DATABASE_URL: db.toString(), DB_CONNECT_TIMEOUT_MS: '2000' });
  const context = await browser.newContext({ baseURL: app.url });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    const title = uniqueTitle('Storm surge warning');
    await openEditor(page);
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Section', { exact: true }).selectOption({ label: 'City' });
    await bodyEditor(page).click();
    await page.keyboard.type('First paragraph, saved while the database is up.');
    await expectSaved(page);

    proxy.cut();
    await bodyEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Second paragraph, typed during the outage.');
    await expect(saveStatus(page)).toContainText(/database is unavailable|could not be reached/i, { timeout: 30_000 });
    await expect(bodyEditor(page)).toContainText('typed during the outage');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);

    await proxy.restore();
    // The editor retries by itself every 15 s; a person who sees the message can also save now.
    await bodyEditor(page).click();
    await page.keyboard.press('Control+s');
    await expectSaved(page);
    const stored = await withDatabase(async (client) => (await client.query<{ body: string }>('select body from articles where title = $1', [title])).rows[0]);
    expect(stored?.body).toContain('typed during the outage');
    await withDatabase((client) => client.query('delete from articles where title = $1', [title]));
  } finally {
    await context.close();
    await app.stop();
    await proxy.close();
  }
});
