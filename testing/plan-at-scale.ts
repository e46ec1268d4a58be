// EXPLAIN of a query at a realistic size. On the small test database the planner rightly prefers
// sequential scans and sorts, which says nothing about production; here thousands of extra
// stories exist only inside a transaction that is rolled back.
import { is, SQL, sql, type SQLWrapper } from 'drizzle-orm';
import { db } from '@/db/client';

/** `query` is raw SQL, or a query builder (explained as a subquery, which keeps its plan). */
export async function planAtScale(query: SQL | SQLWrapper, options: { extraRows?: number; noSeqScan?: boolean } = {}): Promise<string> {
  const { extraRows = 20_000, noSeqScan = false } = options;
  let plan = '';
  await db()
    .transaction(async (tx) => {
      const sections = await tx.execute<{ id: number }>(sql`select id from sections order by id`);
      const ids = sections.rows.map((r) => r.id);
      await tx.execute(sql`
        insert into articles (slug, title, standfirst, body, status, published_at, author_id, section_id)
        select 'plan-check-' || n, 'Filler story ' || n, 'Filler.', '<p>Filler text about nothing in particular.</p>', 'published',
          now() - make_interval(hours => n), (select id from users order by id limit 1),
          (${sql.raw(`array[${ids.join(',')}]::int[]`)})[1 + n % ${ids.length}]
        from generate_series(1, ${extraRows}) as n`);
      // Fresh rows wait in the GIN index's pending list, which the planner prices as a scan of its
      // own; in production autovacuum merges it, so merge it here too before measuring.
      await tx.execute(sql`select gin_clean_pending_list('articles_search_idx'::regclass)`);
      await tx.execute(sql`analyze articles`);
      // Optionally price sequential scans out, to see what the query shape can use at all.
      if (noSeqScan) await tx.execute(sql`set local enable_seqscan = off`);
      const explained = is(query, SQL) ? sql`explain ${query}` : sql`explain select * from ${query} as q`;
      const rows = await tx.execute<{ 'QUERY PLAN': string }>(explained);
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
