import { expect, test } from '@playwright/test';
import { STAFF, storageStatePath } from './support/accounts';

test.use({ storageState: storageStatePath('admin') });

test('no password hash, password or secret ever reaches a page', async ({ page, request }) => {
  const forbidden = ['$argon2', process.env.AUTH_SECRET!, ...Object.values(STAFF).map((s) => s.password)];
  const pages = ['/dashboard', '/dashboard/staff', '/dashboard/audit', '/dashboard/profile', '/dashboard/articles', '/dashboard/media'];
  await page.goto('/dashboard/staff');
  const accountPage = await page.locator('main a[href^="/dashboard/staff/"]').first().getAttribute('href');
  if (accountPage) pages.push(accountPage);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    const html = await page.content();
    for (const secret of forbidden) expect(html.includes(secret), `${path} contains a secret`).toBe(false);
  }
  for (const path of ['/', '/latest', '/api/health', '/feeds/rss.xml', '/sitemap.xml']) {
    const body = await (await request.get(path)).text();
    for (const secret of forbidden) expect(body.includes(secret), `${path} contains a secret`).toBe(false);
  }
});
