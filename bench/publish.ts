import { Client } from 'pg';
import type { AppProcess } from '@/testing/app-process';
import { percentile } from './measure';

export async function idForPath(url: string, articlePath: string): Promise<number> {
  const slug = articlePath.split('/').pop()!;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>('select id from articles where slug = $1', [slug]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/**
 * Publish-to-visible: changes a published article's headline through the same code the dashboard's
 * save runs (db/mutations updateArticle, announced through the change pipeline), then polls the public
 * article page and homepage until both show it. Measured from the start of the save.
 */
export async function changeHeadline(app: Pick<AppProcess, 'url'>, url: string, articlePath: string, times: number) {
  const { getArticleRow } = await import('@/db/queries/article-rows');
  const { updateArticle } = await import('@/db/mutations/articles');
  const { closeConnection } = await import('@/db/client');
  const { commit, subscribe } = await import('@/lib/changes/pipeline');
  const { runningAppExpiry } = await import('@/features/cache/remote-expiry');
  const unsubscribe = subscribe(runningAppExpiry);
  const id = await idForPath(url, articlePath);
  const samples: number[] = [];
  const original = (await getArticleRow(id))!;
  try {
    for (let i = 0; i < times; i++) {
      const row = (await getArticleRow(id))!;
      const headline = `Bench headline ${i} ${Date.now()}`;
      const t0 = performance.now();
      await commit(updateArticle(id, row.version, { ...row.fields, title: headline }, { editorId: null }));
      const deadline = t0 + 10_000;
      let seen = false;
      while (!seen && performance.now() < deadline) {
        const [article, home] = await Promise.all([fetch(`${app.url}${articlePath}`).then((r) => r.text()), fetch(`${app.url}/`).then((r) => r.text())]);
        seen = article.includes(headline) && home.includes(headline);
      }
      samples.push(seen ? performance.now() - t0 : Infinity);
    }
  } finally {
    const row = (await getArticleRow(id))!;
    await commit(updateArticle(id, row.version, { ...row.fields, title: original.title }, { editorId: null }));
    unsubscribe();
    await closeConnection();
  }
  return { samples: samples.map(Math.round), medianMs: Math.round(percentile(samples, 50)), maxMs: Math.round(Math.max(...samples)) };
}
