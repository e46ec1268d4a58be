import { expect, test, type Page } from '@playwright/test';
import { revalidateSecret } from '../features/cache/secret';

// Issue 15 points 7 and 9: a real browser reading stories moves them in "Most read". The browser
// counts through the page's 1×1 beacon (no script, no cookie); the test asks the server to write
// its batch now instead of waiting for the minute.

async function flushViews() {
  const url = process.env.INTERNAL_APP_URL ?? process.env.BASE_URL!;
  const res = await fetch(`${url}/api/internal/views/flush`, { method: 'POST', headers: { 'x-revalidate-secret': revalidateSecret()!, origin: url } });
  expect(res.status).toBe(200);
}

async function read(page: Page, path: string, times: number) {
  for (let i = 0; i < times; i++) {
    const counted = page.waitForResponse((r) => /\/v\/\d+\.gif$/.test(new URL(r.url()).pathname));
    await page.goto(path);
    expect((await counted).headers()['cache-control']).toContain('no-store');
  }
}

async function mostRead(page: Page): Promise<string[]> {
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Most read' });
  await expect(region).toBeVisible();
  return region.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('"Most read" on the homepage follows the stories a browser read', async ({ page, context }) => {
  // Stories further down the list, which other tests rarely open.
  await page.goto('/latest?page=2');
  const paths = await page.locator('main article h2 a').evaluateAll((links) => links.slice(2, 4).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toHaveLength(2);
  const [first, second] = paths as [string, string];
  expect(await context.cookies()).toEqual([]);

  await read(page, first, 8);
  await read(page, second, 4);
  await flushViews();
  let order = await mostRead(page);
  expect(order).toContain(first);
  expect(order).toContain(second);
  expect(order.indexOf(first)).toBeLessThan(order.indexOf(second));

  await read(page, second, 8);
  await flushViews();
  order = await mostRead(page);
  expect(order.indexOf(second)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(second)).toBeLessThan(order.indexOf(first));
  // The article pages show it too, and counting set no cookie.
  await page.goto(first);
  await expect(page.getByRole('region', { name: 'Most read' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});
