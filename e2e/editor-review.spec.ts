import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleRow, bodyEditor, chooseHeroImage, expectSaved, removeArticles, uniqueTitle, writeCompleteDraft } from './support/newsroom';

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('a contributor submits for review and an editor publishes it from Pending review', async ({ browser }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const title = uniqueTitle('Allotment waiting list shrinks');
  const contributor = await browser.newContext({ storageState: storageStatePath('contributor') });
  const page = await contributor.newPage();
  const id = await writeCompleteDraft(page, title, { hero: false });
  created.push(id);

  // No way to publish for a contributor: no Publish or Schedule button, only Submit for review.
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review.')).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('Pending review');
  expect((await articleRow(id))!.status).toBe('pending_review');

  // The contributor's list shows their own articles only.
  await page.goto('/dashboard/articles?tab=pending');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByLabel('Author', { exact: true })).toHaveCount(0);
  await contributor.close();

  const editorContext = await browser.newContext({ storageState: storageStatePath('editor') });
  const editor = await editorContext.newPage();
  await editor.goto('/dashboard/articles');
  await expect(editor.getByText(/\d+ articles? (is|are) waiting for review\./)).toBeVisible();
  await editor.getByRole('link', { name: 'Review pending articles' }).click();
  await expect(editor.getByRole('link', { name: /^Pending review/ })).toHaveAttribute('aria-current', 'page');
  await editor.getByRole('link', { name: title }).click();
  await expect(bodyEditor(editor)).toBeVisible();
  await expect(editor.getByTestId('article-status')).toHaveText('Pending review');

  // Publishing needs a hero image: the editor is told, next to the field, and adds one.
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'Finish these before publishing' })).toContainText('Choose a hero image');
  expect((await articleRow(id))!.status).toBe('pending_review');
  await chooseHeroImage(editor);
  await expectSaved(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Published');
  expect((await articleRow(id))!.status).toBe('published');

  await editor.goto('/');
  await expect(editor.getByRole('link', { name: title }).first()).toBeVisible();
  await editorContext.close();
});
