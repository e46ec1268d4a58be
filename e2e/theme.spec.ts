import { expect, test } from '@playwright/test';

// Records the theme on <html> at the first animation frame, i.e. before anything is painted.
const recordFirstPaintTheme = () => {
  requestAnimationFrame(() => {
    (window as unknown as { __firstPaint: unknown }).__firstPaint = {
      theme: document.documentElement.getAttribute('data-theme'),
      background: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
};

test('the theme follows the system until the reader chooses, and the choice persists', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 18, 18)');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.addInitScript(recordFirstPaintTheme);
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { __firstPaint: unknown }).__firstPaint)).toEqual({
    theme: 'light',
    background: 'rgb(255, 255, 255)',
  });
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');

  // Another page, same visit: still light although the system prefers dark.
  await page.goto('/latest');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('choosing dark on a light system survives a reload with no flash', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.addInitScript(recordFirstPaintTheme);
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { __firstPaint: unknown }).__firstPaint)).toEqual({
    theme: 'dark',
    background: 'rgb(18, 18, 18)',
  });
  await context.close();
});

test('theme choice does not make pages uncacheable', async ({ request }) => {
  const response = await request.get('/', { headers: { cookie: 'theme=dark' } });
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE|PRERENDER/);
});
