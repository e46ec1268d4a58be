import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { articleRow, bodyEditor, failOnDialog, pasteIntoBody, removeArticles, slugOf, uniqueTitle, writeCompleteDraft, expectSaved } from './support/newsroom';

test.use({ storageState: storageStatePath('author') });

const created: number[] = [];
test.afterEach(async () => removeArticles(created.splice(0)));

const HOSTILE = [
  '<p>Safe words stay.</p>',
  '<script>alert("script")</script>',
  '<img src="x" onerror="alert(\'img\')">',
  '<p><a href="javascript:alert(\'link\')">a trap link</a> and <a href="https://example.org/ok">a fine link</a></p>',
  '<p onclick="alert(\'p\')" style="color:red">clickable paragraph</p>',
  '<iframe src="javascript:alert(\'frame\')"></iframe>',
  '<svg onload="alert(\'svg\')"><circle r="4"></circle></svg>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<img src="https://evil.example/track.png">',
  '<form action="https://evil.example"><input name="x"><button>Go</button></form>',
].join('');

const DANGER = [/<script(?![^>]*application\/ld\+json)/i, /\son(error|click|load)\s*=/i, /javascript:/i, /<iframe/i, /<svg/i, /data:text\/html/i, /evil\.example/i, /<form/i];

function assertClean(html: string, where: string) {
  for (const pattern of DANGER) expect(html, `${where} matches ${pattern}`).not.toMatch(pattern);
}

test('hostile HTML pasted or typed into the editor ends up nowhere: not stored, not public, not in the preview', async ({ page }) => {
  // A whole newsroom journey on a shared machine: allow three times the usual time.
  test.slow();
  const dialogs = failOnDialog(page);
  const title = uniqueTitle('Harbour wall repairs begin');
  const id = await writeCompleteDraft(page, title);
  created.push(id);

  await pasteIntoBody(page, HOSTILE);
  // Typed markup is text, shown as typed.
  await page.keyboard.type(' <img src=x onerror=alert("typed")>');
  await expect(bodyEditor(page)).toContainText('Safe words stay.');
  await expect(bodyEditor(page).locator('script, iframe, svg, form, [onerror], [onclick], a[href^="javascript"]')).toHaveCount(0);
  await expectSaved(page);

  const stored = (await articleRow(id))!.body;
  expect(stored).toContain('Safe words stay.');
  expect(stored).toContain('<a href="https://example.org/ok" rel="noopener noreferrer nofollow">a fine link</a>');
  expect(stored).toContain('&lt;img src=x onerror=alert("typed")&gt;');
  for (const pattern of [/<script/i, /<img src="x"/i, /\son\w+=/i, /javascript:/i, /<iframe/i, /<svg/i, /data:/i, /evil\.example/i, /<form/i, /style=/i]) {
    expect(stored.replace(/&lt;img src=x onerror=alert\("typed"\)&gt;/, ''), `stored body matches ${pattern}`).not.toMatch(pattern);
  }

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');

  for (const path of [`/city/${slugOf(title)}`, `/dashboard/articles/${id}/preview`]) {
    await page.goto(path);
    await expect(page.locator('.article-body')).toContainText('Safe words stay.');
    await expect(page.locator('.article-body script, .article-body iframe, .article-body svg, .article-body form, .article-body [onerror], .article-body a[href^="javascript"]')).toHaveCount(0);
    const html = await page.locator('.article-body').innerHTML();
    assertClean(html.replace(/&lt;img src=x onerror=alert\("typed"\)&gt;/, ''), path);
    await page.waitForLoadState('networkidle');
  }

  // Opening the editor again renders the stored body without running anything either.
  await page.goto(`/dashboard/articles/${id}`);
  await expect(bodyEditor(page)).toContainText('Safe words stay.');
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
});
