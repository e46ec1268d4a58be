import { expect, test, type Browser, type Page } from '@playwright/test';
import { seedStories } from './support/seed-data';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** Demo stories listed on /latest: other suites publish and delete their own stories meanwhile. */
async function demoArticles(page: Page, count: number): Promise<string[]> {
  const demo = new Set(seedStories.filter((s) => !s.status).map((s) => `/${s.section}/${s.slug}`));
  await page.goto('/latest');
  const hrefs = await page.locator('main article h2 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  const found = hrefs.filter((h) => demo.has(h)).slice(0, count);
  expect(found.length).toBe(count);
  return found;
}

async function phonePage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  return { context, page: await context.newPage() };
}

test('on a phone the header is one compact row and the headline and standfirst fit the first screen', async ({ browser }) => {
  const { context, page } = await phonePage(browser);
  for (const href of await demoArticles(page, 3)) {
    await page.goto(href);
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height, href).toBeLessThanOrEqual(110);
    const standfirst = page.locator('main article header h1 + p');
    await expect(standfirst).toHaveCount(1);
    for (const [what, element] of [['headline', page.locator('h1')], ['standfirst', standfirst]] as const) {
      const box = (await element.boundingBox())!;
      expect(box.y + box.height, `${what} of ${href}`).toBeLessThanOrEqual(PHONE.viewport.height);
    }
  }
  // Name, search and theme share one row.
  const header = page.getByRole('banner');
  const middles = [];
  for (const element of [header.locator('a[href="/"]'), header.locator('summary'), header.getByRole('button', { name: 'Dark mode' })]) {
    const box = (await element.boundingBox())!;
    middles.push(box.y + box.height / 2);
  }
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(2);
  await context.close();
});

test('on a phone the sections are one row that scrolls sideways, with 44 px targets and a visible focus ring', async ({ browser }) => {
  const { context, page } = await phonePage(browser);
  const [href] = await demoArticles(page, 1);
  await page.goto(href!);
  const list = page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('list');
  const row = await list.evaluate((ul) => ({
    scrolls: ul.scrollWidth > ul.clientWidth,
    tops: [...ul.children].map((li) => li.getBoundingClientRect().top),
    heights: [...ul.querySelectorAll('a')].map((a) => a.getBoundingClientRect().height),
  }));
  expect(row.tops.length).toBeGreaterThan(5);
  expect(new Set(row.tops).size).toBe(1);
  expect(row.scrolls).toBe(true);
  for (const height of row.heights) expect(height).toBeGreaterThanOrEqual(44);
  // The row scrolls inside itself; the page does not.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const last = list.getByRole('link').last();
  await last.scrollIntoViewIfNeeded();
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.x).toBeGreaterThanOrEqual(0);
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(PHONE.viewport.width);
  expect(await list.evaluate((ul) => ul.scrollLeft)).toBeGreaterThan(0);

  // The list clips whatever lies outside it, so the ring must be drawn inside the link.
  await last.focus();
  const ring = await last.evaluate((a) => {
    const style = getComputedStyle(a);
    return { focusVisible: a.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);
  expect(ring.offset).toBeLessThanOrEqual(-ring.width);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone the search icon opens a search box in place that finds stories (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const { context, page } = await phonePage(browser, { javaScriptEnabled });
    const [href] = await demoArticles(page, 1);
    await page.goto(href!);
    const header = page.getByRole('banner');
    const open = header.locator('summary');
    await expect(open).toHaveAccessibleName('Search');
    const target = (await open.boundingBox())!;
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    // Until opened there is no search box at all: the desktop form is not displayed on a phone.
    await expect(header.getByRole('searchbox')).toHaveCount(0);

    await open.tap();
    await expect(header.getByRole('search')).toHaveCount(1);
    const box = header.getByRole('searchbox', { name: 'Search stories' });
    await expect(box).toBeVisible();
    if (javaScriptEnabled) await expect(box).toBeFocused();
    await box.fill('flood barrier');
    await header.getByRole('search').getByRole('button', { name: 'Search' }).tap();
    await expect(page).toHaveURL(/\/search\?q=flood\+barrier$/);
    await expect(page.locator('h1')).toHaveText('Search');
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);

    // The theme button is offered only where it can work.
    const theme = page.getByRole('banner').getByRole('button', { name: 'Dark mode' });
    if (javaScriptEnabled) {
      await expect(theme).toBeVisible();
      const themeBox = (await theme.boundingBox())!;
      // An icon: the words are for screen readers only.
      expect(themeBox.width).toBeLessThan(50);
      expect(themeBox.height).toBeGreaterThanOrEqual(44);
      await expect(theme).toHaveAttribute('aria-pressed', 'false');
      await theme.tap();
      await expect(theme).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    } else {
      await expect(theme).toBeHidden();
    }
    await context.close();
  });
}

test('on a desktop the header keeps the inline search form and the labelled theme button', async ({ browser }) => {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  const [href] = await demoArticles(page, 1);
  await page.goto(href!);
  const header = page.getByRole('banner');
  await expect(header.locator('summary')).toBeHidden();
  await expect(header.getByRole('search')).toHaveCount(1);
  await expect(header.getByRole('searchbox', { name: 'Search stories' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Dark mode' }).getByText('Dark mode')).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('list');
  expect(await list.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
  await context.close();
});
