import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleRow, removeArticles, uniqueTitle, writeCompleteDraft } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('a story scheduled a few seconds ahead goes live by itself, with nobody in the dashboard', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const title = uniqueTitle('Night market opens on the quay');
  const id = await writeCompleteDraft(page, title);
  created.push(id);

  await page.getByRole('button', { name: 'Schedule…' }).click();
  const at = page.getByLabel(/^Publish at/);
  // The field is in the browser's time zone, which the label names.
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(at).toHaveAccessibleName(`Publish at (${zone})`);
  const local = await page.evaluate(() => {
    const d = new Date(Date.now() + 15_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  });
  await at.fill(local);
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Scheduled');
  expect((await articleRow(id))!.status).toBe('scheduled');

  // Leave the dashboard entirely; a reader polls the homepage.
  await page.close();
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await reader.request.get('/');
  expect(await response.text()).not.toContain(title);
  await expect
    .poll(async () => (await reader.request.get('/')).text(), { timeout: 90_000, intervals: [2_000] })
    .toContain(title);
  expect((await articleRow(id))!.status).toBe('published');
  await reader.close();
});
