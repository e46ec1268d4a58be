import { expect, test } from '@playwright/test';
import { STAFF, storageStatePath } from './support/accounts';
import {
  articleIdFromUrl,
  articleRow,
  bodyEditor,
  expectSaved,
  openEditor,
  pasteIntoBody,
  recordServerActions,
  removeArticles,
  saveStatus,
  serverActionsPastAutosave,
  uniqueTitle,
} from './support/newsroom';

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

test('two people save the same version: the second sees who saved, keeps their text, and can compare or keep theirs', async ({ browser }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const a = await browser.newContext({ storageState: storageStatePath('editor') });
  const b = await browser.newContext({ storageState: storageStatePath('admin') });
  const pageA = await a.newPage();
  const pageB = await b.newPage();

  // A starts a draft (version 1).
  const title = uniqueTitle('Ferry timetable changes');
  await openEditor(pageA);
  await pageA.getByLabel('Title', { exact: true }).fill(title);
  await pageA.getByLabel('Section', { exact: true }).selectOption({ label: 'City' });
  await pasteIntoBody(pageA, '<p>The ferry runs every hour.</p>');
  await expectSaved(pageA);
  const id = await articleIdFromUrl(pageA);
  created.push(id);
  const v1 = (await articleRow(id))!.version;

  // Both have the same version open. B's timers run on a clock the test can move.
  await pageB.clock.install();
  const sentByB = recordServerActions(pageB);
  await openEditor(pageA, `/dashboard/articles/${id}`);
  await openEditor(pageB, `/dashboard/articles/${id}`);
  await expect(pageA.getByText(`Version ${v1} ·`)).toBeVisible();
  await expect(pageB.getByText(`Version ${v1} ·`)).toBeVisible();

  // A saves first.
  await pageA.getByLabel('Standfirst', { exact: true }).fill('Standfirst from A.');
  await pageA.keyboard.press('Control+s');
  await expectSaved(pageA);

  // B saves on top of the version they opened: a conflict, not an overwrite.
  await bodyEditor(pageB).click();
  await pageB.keyboard.press('Control+End');
  await pageB.keyboard.type(' Text typed by B.');
  await pageB.keyboard.press('Control+s');
  const panel = pageB.getByRole('region', { name: 'Someone else saved this article' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(STAFF.editor.name);
  await expect(panel).toContainText(`version ${v1 + 1}`);
  await expect(saveStatus(pageB)).toContainText('Not saved');

  // A's text is what the database holds; B's text is still in B's editor.
  const afterConflict = (await articleRow(id))!;
  expect(afterConflict.version).toBe(v1 + 1);
  expect(afterConflict.body).not.toContain('Text typed by B.');
  await expect(bodyEditor(pageB)).toContainText('Text typed by B.');

  // Autosave waits while the conflict is open: past the autosave delay, B has sent nothing.
  expect(await serverActionsPastAutosave(pageB, sentByB)).toEqual([]);
  await expect(saveStatus(pageB)).toContainText('Not saved');
  expect((await articleRow(id))!.version).toBe(v1 + 1);

  // Compare shows the fields that differ.
  await panel.getByRole('button', { name: 'Compare versions' }).click();
  await expect(panel.locator('[data-field="body"] ins').first()).toBeVisible();
  expect((await panel.locator('[data-field="body"] ins').allTextContents()).join('')).toContain('Text typed by B');
  await expect(panel.locator('[data-field="standfirst"]')).toContainText('Standfirst from A.');

  // Keep my version: saved on top of the newer version.
  await panel.getByRole('button', { name: 'Keep my version' }).click();
  await expect(panel).toBeHidden();
  await expectSaved(pageB);
  const kept = (await articleRow(id))!;
  expect(kept.version).toBe(v1 + 2);
  expect(kept.body).toContain('Text typed by B.');

  await a.close();
  await b.close();
});

test('taking the newer version discards local changes only after confirming', async ({ browser }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const a = await browser.newContext({ storageState: storageStatePath('editor') });
  const b = await browser.newContext({ storageState: storageStatePath('admin') });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  const title = uniqueTitle('Market hall opening');
  await openEditor(pageA);
  await pageA.getByLabel('Title', { exact: true }).fill(title);
  await pageA.getByLabel('Section', { exact: true }).selectOption({ label: 'Business' });
  await expectSaved(pageA);
  const id = await articleIdFromUrl(pageA);
  created.push(id);
  await openEditor(pageB, `/dashboard/articles/${id}`);

  await pageA.getByLabel('Title', { exact: true }).fill(`${title} (A)`);
  await expectSaved(pageA);
  await pageB.getByLabel('Title', { exact: true }).fill(`${title} (B)`);
  const panel = pageB.getByRole('region', { name: 'Someone else saved this article' });
  await expect(panel).toBeVisible({ timeout: 15_000 });

  await panel.getByRole('button', { name: 'Take the newer version' }).click();
  await expect(pageB.getByLabel('Title', { exact: true })).toHaveValue(`${title} (B)`);
  await panel.getByRole('button', { name: 'Discard mine and load theirs' }).click();
  await expect(panel).toBeHidden();
  await expect(pageB.getByLabel('Title', { exact: true })).toHaveValue(`${title} (A)`);
  await expect(saveStatus(pageB)).toHaveText('All changes saved');
  expect((await articleRow(id))!.title).toBe(`${title} (A)`);

  await a.close();
  await b.close();
});
