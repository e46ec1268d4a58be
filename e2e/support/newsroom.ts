// Helpers for the editor journeys: filling the editor like a person would, and cleaning up.
import { expect, type Page, type Request } from '@playwright/test';
import { AUTOSAVE_DELAY_MS } from '../../components/dashboard/editor/save-timing';
import { revalidateSecret } from '../../features/cache/secret';
import { slugify } from '../../lib/slug';
import { withDatabase } from './accounts';

/** A title no other test (or run) uses. */
export function uniqueTitle(words: string): string {
  return `${words} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export const slugOf = (title: string) => slugify(title);

export const saveStatus = (page: Page) => page.locator('[data-save-status]');

/** Waits until the editor says the text is stored. */
export async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/^(Saved at \d\d:\d\d|All changes saved)$/, { timeout: 15_000 });
}

export function bodyEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Body' });
}

/**
 * Opens an editor page and waits until it is interactive: the body editor only exists once the
 * page has hydrated, so typing before that would reach inputs React does not yet control.
 */
export async function openEditor(page: Page, path = '/dashboard/articles/new') {
  await page.goto(path);
  await expect(bodyEditor(page)).toBeVisible();
}

/**
 * Records the server actions (saves, publishes, status changes) a page sends, from now on. Next
 * calls an action with a POST carrying a `next-action` header; page loads and refreshes are GETs.
 */
export function recordServerActions(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) sent.push(request);
  });
  return sent;
}

/**
 * Moves the page's clock (page.clock.install() must have run before the editor loaded) past the
 * autosave delay and returns what the page sent to the server meanwhile. The fake clock fires every
 * timer due in that span and lets the page run after each one, so an autosave that started has
 * sent its request by the time this returns: proof that none happened, without waiting it out.
 */
export async function serverActionsPastAutosave(page: Page, sent: Request[]): Promise<string[]> {
  const before = sent.length;
  await page.clock.runFor(AUTOSAVE_DELAY_MS + 1_000);
  return sent.slice(before).map((request) => `${request.url()} ${(request.postData() ?? '').slice(0, 160)}`);
}

/** The id of the article in the editor: in the path, or (for a just-created article) in the fragment. */
export async function articleIdFromUrl(page: Page): Promise<number> {
  await expect(page).toHaveURL(/\/dashboard\/articles\/(\d+|new#article-\d+)$/);
  return Number(/(\d+)$/.exec(page.url())![1]);
}

/** Pastes HTML into the body as a browser would deliver a paste from another page. */
export async function pasteIntoBody(page: Page, html: string) {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await bodyEditor(page).evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]+>/g, ' '));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/**
 * Six paragraphs, a heading and one quote: published test stories look like the demo stories, so
 * suites reading the homepage or the newest article at the same time see nothing unusual.
 */
export const STORY_BODY = [
  '<h2>What happened</h2>',
  ...Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a story written by the end-to-end tests about the harbour, the council and the weather.</p>`),
  '<blockquote><p>We are pleased with how the day went.</p></blockquote>',
].join('');

/** Picks a demo illustration (which carries alt text and an "Illustration" credit) through the media picker. */
export async function chooseHeroImage(page: Page) {
  await page.getByRole('button', { name: 'Choose or upload image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Search images').fill('Illustration for');
  await dialog.getByRole('button', { name: 'Search', exact: true }).click();
  await dialog.getByRole('list', { name: 'Library images' }).getByRole('button').first().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Alt text')).not.toHaveValue('');
}

/** Adds an existing tag through the tags field. */
export async function createTag(page: Page, name: string) {
  await page.getByLabel('Tags', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(name);
}

/**
 * Starts a new article with everything publishing needs: title, standfirst, section, tag, body and
 * hero image. Returns once it has been saved as a draft.
 */
export async function writeCompleteDraft(page: Page, title: string, options: { hero?: boolean } = {}) {
  await openEditor(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Standfirst').fill('A standfirst written by the end-to-end tests.');
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'City' });
  await pasteIntoBody(page, STORY_BODY);
  await createTag(page, 'Housing');
  if (options.hero !== false) await chooseHeroImage(page);
  await expectSaved(page);
  return articleIdFromUrl(page);
}

export async function articleRow(id: number) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ title: string; body: string; slug: string; status: string; version: number }>(
      'select title, body, slug, status, version from articles where id = $1',
      [id],
    );
    return rows[0] ?? null;
  });
}

/** Deletes test articles and expires every cached page, so other suites never meet them. */
export async function removeArticles(ids: number[]) {
  if (!ids.length) return;
  await withDatabase((client) => client.query('delete from articles where id = any($1::int[])', [ids]));
  const secret = revalidateSecret()!;
  const url = process.env.INTERNAL_APP_URL ?? process.env.BASE_URL!;
  const res = await fetch(`${url}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret, origin: url },
    body: JSON.stringify({ tags: ['all'] }),
  });
  expect(res.ok).toBe(true);
}

/** Fails the test if any page shows a JavaScript dialog (alert, confirm, prompt). */
export function failOnDialog(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', async (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return seen;
}
