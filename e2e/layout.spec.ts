import { expect, test } from '@playwright/test';

test('no horizontal scrolling at 360 px on the main page types', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/latest');
  const article = (await page.locator('main article h2 a').first().getAttribute('href'))!;
  for (const path of ['/', article, '/city', '/latest?page=2', '/author/amara-okafor', '/tag/housing', '/nope-not-here']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
