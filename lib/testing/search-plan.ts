// EXPLAIN of the search's matching step at a realistic size. On the small test database the
// planner rightly prefers a sequential scan, which says nothing about production; here a few
// thousand extra stories exist only inside a transaction that is rolled back.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { searchHits } from '@/db/queries/search';

export async function searchPlanAtScale(q: string, extraRows = 20_000): Promise<string> {
  let plan = '';
  await db()
    .transaction(async (tx) => {
      await tx.execute(sql`
        insert into articles (slug, title, standfirst, body, status, published_at, author_id, section_id)
        select 'plan-check-' || n, 'Filler story ' || n, 'Filler.', '<p>Filler text about nothing in particular.</p>', 'published',
          now() - make_interval(hours => n), (select id from users order by id limit 1), (select id from sections order by id limit 1)
        from generate_series(1, ${extraRows}) as n`);
      // Fresh rows wait in the GIN index's pending list, which the planner prices as a scan of its
      // own; in production autovacuum merges it, so merge it here too before measuring.
      await tx.execute(sql`select gin_clean_pending_list('articles_search_idx'::regclass)`);
      await tx.execute(sql`analyze articles`);
      // Sequential scans are priced out so the plan shows what the query shape can use.
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${searchHits(q, 10, 0)}`);
      plan = rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  // ANALYZE's row estimate outlives the rollback; measure the real table again.
  await db().execute(sql`analyze articles`);
  return plan;
}

class RollBack extends Error {}
