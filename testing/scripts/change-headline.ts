// A script outside the app, as an operator's one-off fix would be: changes a story's headline
// through the mutation and announces it, so the running server's pages show it at once.
// Usage: tsx testing/scripts/change-headline.ts <article id> <headline>
import { closeConnection } from '@/db/client';
import { updateArticle } from '@/db/mutations/articles';
import { getArticleRow } from '@/db/queries/article-rows';
import { runningAppExpiry } from '@/features/cache/remote-expiry';
import { commit, subscribe } from '@/lib/changes/pipeline';

async function main() {
  const [id, title] = process.argv.slice(2);
  const row = await getArticleRow(Number(id));
  if (!row || !title) throw new Error('usage: change-headline.ts <article id> <headline>');
  subscribe(runningAppExpiry);
  const { delivery } = await commit(updateArticle(row.id, row.version, { ...row.fields, title }, { editorId: null }));
  await closeConnection();
  if (!delivery.refreshed) throw new Error(`pages not refreshed: ${delivery.failed.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
