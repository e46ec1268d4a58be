import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { storageStatePath } from './support/accounts';

test.use({ storageState: storageStatePath('author') });

let counter = 0;
/** A unique word per image, so parallel workers and reruns never find each other's uploads. */
function uniqueWord(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

async function png(width = 1400, height = 900, hue = '#2b6f8f'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: hue } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><rect x="100" y="100" width="400" height="300" fill="#f2c14e"/></svg>`) }])
    .png()
    .toBuffer();
}

async function chooseFiles(page: Page, buttonScope: Page | Locator, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await buttonScope.getByRole('button', { name: 'Upload image', exact: true }).click();
  await (await chooser).setFiles(files);
}

test('upload with the file picker, describe the image, then find it by searching', async ({ page }) => {
  const name = `${uniqueWord('lighthouse')}.png`;
  const alt = `Keepers repainting the ${uniqueWord('beacon')} lighthouse`;
  await page.goto('/dashboard/media');
  await expect(page.getByRole('heading', { name: 'Media library' })).toBeVisible();

  await chooseFiles(page, page, [{ name, mimeType: 'image/png', buffer: await png() }]);
  const uploads = page.getByRole('list', { name: 'Uploads' });
  await expect(uploads.getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded', { timeout: 30_000 });

  // The grid refreshes by itself; the new image comes first and has no alt text yet.
  const card = page.getByRole('list', { name: 'Images' }).getByRole('listitem').filter({ hasText: name });
  await expect(card).toContainText('No alt text');
  await expect(card).toContainText('1400 × 900 px');
  await expect(card).toContainText('Arthur Author');

  await card.getByRole('link', { name: /^Edit details/ }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByLabel('Alt text').fill(alt);
  await page.getByLabel('Credit').fill('Arthur Author / Northgate Chronicle');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Details saved.' })).toBeVisible();

  await page.goto('/dashboard/media');
  await page.getByLabel('Search images').fill(alt.split(' ')[3]!);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByText('1 image matches')).toBeVisible();
  const found = page.getByRole('list', { name: 'Images' }).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found.getByRole('img', { name: alt })).toBeVisible();

  const audit = await new AxeBuilder({ page }).include('main').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an SVG upload is refused with a message saying what is accepted', async ({ page }) => {
  await page.goto('/dashboard/media');
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><script>alert(1)</script></svg>');
  await chooseFiles(page, page, [{ name: 'masthead.svg', mimeType: 'image/svg+xml', buffer: svg }]);
  const row = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: 'masthead.svg' });
  await expect(row).toContainText('Not uploaded');
  await expect(row).toContainText('This file is not a JPEG, PNG, WebP, AVIF or GIF image.');
  await expect(page.getByRole('list', { name: 'Images' }).getByText('masthead.svg')).toHaveCount(0);
});

test('dropping an image on the upload area uploads it', async ({ page }) => {
  const name = `${uniqueWord('dropped')}.png`;
  await page.goto('/dashboard/media');
  const bytes = [...(await png(1300, 800, '#7a3b69'))];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
      return transfer;
    },
    { bytes, name },
  );
  const zone = page.getByRole('group', { name: 'Upload images' });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded', {
    timeout: 30_000,
  });
  await expect(page.getByRole('list', { name: 'Images' }).getByRole('listitem').filter({ hasText: name })).toContainText('1300 × 800 px');
});

test('the media picker works by keyboard alone and returns focus where it was', async ({ page, baseURL }) => {
  const word = uniqueWord('quayside');
  const alt = `Fishing boats at the ${word} at dawn`;
  const uploaded = await page.request.post('/api/media', {
    headers: { origin: baseURL! },
    multipart: { file: { name: `${word}.png`, mimeType: 'image/png', buffer: await png(1600, 900, '#355c7d') }, alt },
  });
  expect(uploaded.status()).toBe(201);
  const { id } = (await uploaded.json()) as { id: number };

  // The lead-image field of the real article editor.
  await page.goto('/dashboard/articles/new');
  const choose = page.getByRole('button', { name: 'Choose or upload image' });
  await expect(choose).toBeVisible();
  for (let i = 0; i < 120 && !(await choose.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(choose).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Search images')).toBeFocused();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('1 image matches')).toBeVisible();

  // Tab moves from the search box through the dialog to the result, never to the page behind it.
  const result = dialog.getByRole('button', { name: new RegExp(alt) });
  for (let i = 0; i < 10 && !(await result.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  // The library's alt text fills the article's empty Alt text field.
  const altField = page.getByLabel('Alt text');
  await expect(altField).toHaveValue(alt);
  expect(id).toBeGreaterThan(0);
  const change = page.getByRole('button', { name: 'Change image' });
  await expect(change).toBeFocused();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();

  // Escape closes without changing anything, and focus goes back to the button that opened it.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const audit = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(change).toBeFocused();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove image' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
  await expect(choose).toBeFocused();
});

test('an image uploaded inside the picker is chosen as soon as it is ready', async ({ page }) => {
  const name = `${uniqueWord('harbourwall')}.png`;
  await page.goto('/dashboard/articles/new');
  await page.getByRole('button', { name: 'Choose or upload image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(dialog).toBeVisible();
  await chooseFiles(page, dialog, [{ name, mimeType: 'image/png', buffer: await png(900, 600, '#6c5b7b') }]);
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  // Narrower than 1200 px: accepted, with the warning where it matters, next to the lead image.
  await expect(page.getByText(/^Narrower than 1200 px/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change image' })).toBeFocused();
});
