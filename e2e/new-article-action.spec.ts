import { expect, test, type Page } from '@playwright/test';
import { storageStatePath, type Role } from './support/accounts';
import { bodyEditor, saveStatus } from './support/newsroom';

const newArticle = (page: Page) => page.getByRole('link', { name: 'New article', exact: true });

// Every role may start a story (features/auth/permissions.ts, 'article.create'), so every role gets the action.
for (const role of ['contributor', 'author', 'editor', 'admin'] satisfies Role[]) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStatePath(role) });

    test(`the overview and the other newsroom pages offer "New article", which opens the editor (${role})`, async ({ page }) => {
      for (const path of ['/dashboard', '/dashboard/articles', '/dashboard/media', '/dashboard/profile']) {
        await page.goto(path);
        await expect(newArticle(page), path).toHaveCount(1);
        await expect(newArticle(page), path).toHaveAttribute('href', '/dashboard/articles/new');
      }

      for (const from of ['/dashboard', '/dashboard/media']) {
        await page.goto(from);
        await newArticle(page).click();
        await expect(page).toHaveURL(/\/dashboard\/articles\/new$/);
        await expect(bodyEditor(page)).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('New article');
        await expect(saveStatus(page)).toHaveText('Not saved yet');
      }
    });
  });
}
