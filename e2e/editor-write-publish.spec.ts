import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import {
  createTag,
  articleIdFromUrl,
  articleRow,
  bodyEditor,
  chooseHeroImage,
  expectSaved,
  pasteIntoBody,
  removeArticles,
  saveStatus,
  slugOf,
  STORY_BODY,
  uniqueTitle,
} from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('an author writes a story with the editor, sees it autosave, publishes it and readers get it on the next load', async ({ page }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const title = uniqueTitle('Harbour lights return to the old quay');
  await page.goto('/dashboard/articles');
  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page).toHaveURL(/\/dashboard\/articles\/new$/);
  await expect(bodyEditor(page)).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved yet');

  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(slugOf(title));
  await page.getByLabel('Standfirst', { exact: true }).fill('The lamps along the quay are lit again after ten dark winters.');
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'City' });

  // Body through the toolbar: heading, paragraph with a link, bulleted list and a quote.
  const body = bodyEditor(page);
  await body.click();
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Lamps lit again');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the council report');
  await page.keyboard.press('Shift+Home');
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByLabel('Link address').fill('example.org/quay-report');
  await page.getByRole('button', { name: 'Apply link' }).click();
  // Back in the text, after the link.
  await expect(body).toBeFocused();
  await expect(body.getByRole('link', { name: 'Read the council report' })).toHaveAttribute('href', 'https://example.org/quay-report');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Forty lamps restored');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paid for by local traders');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('The quay feels alive again.');
  await expect(toolbar.getByRole('button', { name: 'Quote' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // More paragraphs, so the story reads like the others on the homepage.
  await pasteIntoBody(page, STORY_BODY.replace(/<h2>.*?<\/h2>/, '').replace(/<blockquote>.*<\/blockquote>/, ''));

  // Autosave creates the draft and moves the address to the article's own page.
  await expectSaved(page);
  const id = await articleIdFromUrl(page);
  created.push(id);

  await createTag(page, 'Housing');
  await chooseHeroImage(page);
  await expect(saveStatus(page)).toHaveText(/Unsaved changes|Saving…|Saved at/);
  await expectSaved(page);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  // A live story no longer autosaves: the save button says what it does.
  await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();

  const row = (await articleRow(id))!;
  expect(row.status).toBe('published');
  expect(row.body).toContain('<h2>Lamps lit again</h2>');
  expect(row.body).toMatch(/<a href="https:\/\/example\.org\/quay-report"[^>]*>Read the council report<\/a>/);
  expect(row.body).toMatch(/<ul><li><p>Forty lamps restored<\/p><\/li><li><p>Paid for by local traders<\/p><\/li><\/ul>/);
  expect(row.body).toContain('<blockquote><p>The quay feels alive again.</p></blockquote>');

  // Readers: the homepage and another story's Latest News show it on the very next load.
  await page.goto('/');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  await page.goto('/latest');
  const other = page.locator('main article h2 a').filter({ hasNotText: title }).first();
  await other.click();
  await expect(page.locator('h1')).not.toHaveText(title);
  await expect(page.getByRole('complementary', { name: 'Latest News' }).getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('complementary', { name: 'Latest News' }).getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/city/${slugOf(title)}$`));
  await expect(page.locator('.article-body blockquote')).toHaveText('The quay feels alive again.');
});
