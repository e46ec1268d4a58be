import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { articles, articleViewsHourly } from '@/db/schema';
import { revalidateSecret } from '@/features/cache/secret';
import { beaconPath } from '@/lib/analytics/beacon';
import { FRAGMENTS } from '@/lib/esi';
import { FLUSH_PATH } from './view-counter';

/**
 * Issue 15 points 6, 7 and 9: the beacon, the batched rollups and "Most read" against the running
 * test server and its database.
 */
const baseUrl = process.env.TEST_BASE_URL!;
const ua = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;

let ids: number[] = [];

const hit = (articleId: number, headers: Record<string, string> = { 'user-agent': ua(0) }) => fetch(`${baseUrl}${beaconPath(articleId)}`, { headers });
// Each call reads as readers never seen before today: the server remembers today's visitors.
let readers = 1000;
async function hits(articleId: number, count: number, userAgents = 1) {
  const first = readers;
  readers += userAgents;
  for (let i = 0; i < count; i++) {
    const res = await hit(articleId, { 'user-agent': ua(first + (i % userAgents)) });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
}

async function flush(): Promise<{ written?: number; mostRead?: number[]; changed?: boolean }> {
  const res = await fetch(`${baseUrl}${FLUSH_PATH}`, { method: 'POST', headers: { 'x-revalidate-secret': revalidateSecret()!, origin: baseUrl } });
  expect(res.status).toBe(200);
  return res.json();
}

async function counted(articleId: number) {
  const [row] = await db()
    .select({ views: sql<number>`coalesce(sum(${articleViewsHourly.views}), 0)::int`, visitors: sql<number>`coalesce(sum(${articleViewsHourly.visitors}), 0)::int` })
    .from(articleViewsHourly)
    .where(eq(articleViewsHourly.articleId, articleId));
  return row!;
}

async function fragment(): Promise<{ order: number[]; cached: boolean; html: string }> {
  const res = await fetch(`${baseUrl}${FRAGMENTS.mostRead.src}`);
  const html = await res.text();
  return { order: [...html.matchAll(/data-story="(\d+)"/g)].map((m) => Number(m[1])), cached: res.headers.get('x-front-cache') === 'HIT', html };
}

beforeAll(async () => {
  // Whatever earlier runs or tests counted would decide the order.
  await flush();
  await db().delete(articleViewsHourly);
  const rows = await db().select({ id: articles.id }).from(articles).where(and(eq(articles.status, 'published'), sql`${articles.deletedAt} is null`)).orderBy(desc(articles.id)).limit(3);
  ids = rows.map((r) => r.id);
  expect(ids).toHaveLength(3);
});

afterAll(async () => {
  await db().delete(articleViewsHourly);
  await closeConnection();
});

describe('view beacon', () => {
  it('answers a no-store image with no cookie, and refuses a flush without the secret', async () => {
    const res = await hit(ids[0]!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-front-cache')).toBeNull();
    const refused = await fetch(`${baseUrl}${FLUSH_PATH}`, { method: 'POST', headers: { 'x-revalidate-secret': 'guess' } });
    expect(refused.status).toBe(403);
    const internal = await fetch(`${baseUrl}/api/internal/views`, { method: 'POST', headers: { origin: baseUrl, 'x-revalidate-secret': revalidateSecret()!, 'content-type': 'application/json' }, body: '{"rows":"x"}' });
    expect(internal.status).toBe(400);
    await flush();
    await db().delete(articleViewsHourly);
  });

  it('writes batched hourly rollups with counts only; bots, DNT and GPC are not counted', async () => {
    const [a, b] = ids as [number, number];
    await hits(a, 3); // one reader, three views
    await hits(b, 2, 2); // two readers
    const notCounted: Record<string, string>[] = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'user-agent': ua(0), dnt: '1' },
      { 'user-agent': ua(0), 'sec-gpc': '1' },
      // Node's fetch sends "node" itself.
      {},
    ];
    for (const headers of notCounted) {
      expect((await hit(b, headers)).status).toBe(200);
    }
    // Nothing reaches the database before the batch is written.
    expect(await counted(a)).toEqual({ views: 0, visitors: 0 });
    await flush();
    expect(await counted(a)).toEqual({ views: 3, visitors: 1 });
    expect(await counted(b)).toEqual({ views: 2, visitors: 2 });
    const rows = await db().select().from(articleViewsHourly);
    expect(rows.every((r) => r.hour.getUTCMinutes() === 0 && r.hour.getUTCSeconds() === 0)).toBe(true);
    // No address, agent or hash anywhere: the table has only these columns, and no value holds them.
    const columns = await db().execute<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = 'article_views_hourly' order by column_name`);
    expect(columns.rows.map((c) => c.column_name)).toEqual(['article_id', 'hour', 'views', 'visitors']);
    const dump = JSON.stringify(rows);
    expect(dump).not.toMatch(/127\.0\.0\.1|Mozilla|Chrome/);
  });

  it('"Most read" follows the counts, and its fragment expires only when the order changes', async () => {
    const [a, b, c] = ids as [number, number, number];
    await hits(c, 1);
    let result = await flush();
    // a 3, b 2, c 1.
    expect(result.mostRead).toEqual([a, b, c]);
    let shown = await fragment();
    expect(shown.order).toEqual([a, b, c]);
    expect(shown.html).toContain('Most read');
    shown = await fragment();
    expect(shown.cached).toBe(true);

    // More views, same order: nothing is re-rendered.
    await hits(a, 2);
    result = await flush();
    expect(result).toMatchObject({ mostRead: [a, b, c], changed: false });
    shown = await fragment();
    expect(shown.cached).toBe(true);
    expect(shown.order).toEqual([a, b, c]);

    // c overtakes everyone: the fragment is re-rendered with the new order.
    await hits(c, 9, 3);
    result = await flush();
    expect(result).toMatchObject({ mostRead: [c, a, b], changed: true });
    shown = await fragment();
    expect(shown.cached).toBe(false);
    expect(shown.order).toEqual([c, a, b]);

    // The homepage and article pages include it.
    const home = await (await fetch(`${baseUrl}/`)).text();
    expect(home).toMatch(/<h2 id="most-read-heading"[^>]*>Most read<\/h2>/);
    const homeOrder = [...home.slice(home.indexOf('most-read-heading')).matchAll(/data-story="(\d+)"/g)].map((m) => Number(m[1]));
    expect(homeOrder.slice(0, 3)).toEqual([c, a, b]);
  });
});
