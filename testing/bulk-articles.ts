// Many published articles at once, for limits that only show at scale (the News sitemap's 1 000
// cap). One INSERT … SELECT generate_series; removed again with deleteBulkArticles.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { changeOf } from '@/lib/changes/change';
import { onCommitted } from '@/lib/changes/pipeline';
import { TAG } from '@/lib/changes/tags';

/**
 * Inserts `count` published articles with slugs `<prefix>-1…<prefix>-count`, the n-th published n
 * seconds ago (so the first ones are the newest), and expires the pages and files that list stories.
 */
export async function insertBulkArticles(prefix: string, count: number, sectionSlug: string): Promise<void> {
  await db().execute(sql`
    insert into articles (slug, title, standfirst, body, status, published_at, author_id, section_id)
    select ${prefix} || '-' || n, 'Bulk story ' || n, 'Inserted by a test.', '<p>Bulk.</p>', 'published',
      now() - make_interval(secs => n), (select id from users order by id limit 1), (select id from sections where slug = ${sectionSlug})
    from generate_series(1, ${count}) as n`);
  await expireListings(sectionSlug);
}

export async function deleteBulkArticles(prefix: string, sectionSlug: string): Promise<void> {
  await db().execute(sql`delete from articles where slug like ${`${prefix}-%`}`);
  await expireListings(sectionSlug);
}

async function expireListings(sectionSlug: string) {
  const [author] = (await db().execute<{ slug: string }>(sql`select slug from users order by id limit 1`)).rows;
  const tags = [TAG.sitemap, TAG.feed, TAG.home, TAG.latest, TAG.section(sectionSlug), ...(author ? [TAG.author(author.slug)] : [])];
  await onCommitted(changeOf(tags, 'bulk test articles'));
}
