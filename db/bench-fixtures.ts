import { Client } from 'pg';

/**
 * Fills the database with `total` published articles in a few set-based statements (for the
 * benchmark's growth check), reusing the bodies, heroes, sections and authors of the demo content.
 * Times spread backwards from a month ago, so the demo stories stay the newest.
 */
export async function growArticles(url: string, total: number): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*)::text as n from articles where status = 'published'`);
    const missing = total - Number(rows[0]!.n);
    if (missing <= 0) return 0;
    // Growing in steps (1 000, then 100 000) continues the numbering, so slugs stay unique.
    const { rows: made } = await client.query<{ n: string }>(`select count(*)::text as n from articles where slug like 'bench-%'`);
    const first = Number(made[0]!.n) + 1;
    const batch = 20_000;
    for (let done = 0; done < missing; done += batch) {
      const size = Math.min(batch, missing - done);
      await client.query(
        `with src as (
           select row_number() over (order by id) as i, body, hero_media_id, hero_alt, hero_caption, hero_credit, author_id, section_id
             from articles where status = 'published' and slug not like 'bench-%'
         ), n as (select count(*) as c from src)
         insert into articles (slug, title, standfirst, body, hero_media_id, hero_alt, hero_caption, hero_credit,
                               status, published_at, created_at, updated_at, author_id, section_id)
         select 'bench-' || g,
                'Archive story ' || g || ': ' || (array['harbour traffic','council budget','tram works','river levels','school places','market stalls'])[1 + g % 6],
                'From the archive: a report on Northgate, number ' || g || '.',
                src.body, src.hero_media_id, src.hero_alt, src.hero_caption, src.hero_credit,
                'published', p, p, p, src.author_id, src.section_id
           from generate_series($1::int, $2::int) g
           cross join n
           join src on src.i = 1 + (g % n.c)
           cross join lateral (select now() - interval '30 days' - g * interval '7 minutes' as p) t`,
        [first + done, first + done + size - 1],
      );
    }
    // As autovacuum would leave a production table: statistics current, GIN pending lists merged.
    await client.query('vacuum analyze articles');
    await client.query('vacuum analyze article_passages');
    return missing;
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a query, as text lines, for the benchmark's plan check. */
export async function explain(url: string, sql: string, params: unknown[] = []): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']);
  } finally {
    await client.end();
  }
}
