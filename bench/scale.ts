import type { AppProcess } from '@/testing/app-process';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { explain } from '@/db/bench-fixtures';
import { articleDetailQuery, latestCondition, listingCondition, newestCards, publishedBySlug } from '@/db/queries/public-articles';
import { searchRanking } from '@/db/queries/search';
import { articleMonthsQuery } from '@/db/queries/sitemaps';
import { newestArticlePath } from './demo-site';
import { expire, percentile } from './measure';
import { listingPageCount } from './site-urls';

type Probe = { name: string; path: string; tags: string[] };

async function missMedian(app: AppProcess, probe: Probe, samples = 9): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (probe.tags.length) await expire(app, probe.tags);
    const t0 = performance.now();
    const res = await fetch(`${app.url}${probe.path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${probe.path} answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  return Math.round(percentile(times, 50) * 10) / 10;
}

async function probes(app: AppProcess): Promise<Probe[]> {
  const article = await newestArticlePath(app.url);
  const city = await (await fetch(`${app.url}/city`)).text();
  const lastPage = listingPageCount(city);
  const list: Probe[] = [
    { name: 'Article page', path: article, tags: ['all'] },
    { name: 'Section page, last page', path: lastPage > 1 ? `/city?page=${lastPage}` : '/city', tags: ['section:city'] },
    { name: 'Homepage', path: '/', tags: ['home'] },
    { name: 'Search', path: '/search?q=harbour', tags: [] },
  ];
  const robots = await fetch(`${app.url}/robots.txt`);
  if (robots.ok) {
    for (const line of (await robots.text()).split('\n')) {
      const m = /^sitemap:\s*(\S+)/i.exec(line.trim());
      if (m) list.push({ name: `Sitemap ${new URL(m[1]!).pathname}`, path: new URL(m[1]!).pathname, tags: ['sitemap'] });
    }
  }
  const available: Probe[] = [];
  for (const p of list) if ((await fetch(`${app.url}${p.path}`)).status === 200) available.push(p);
  return available;
}

/** The hot queries exactly as the pages run them, as SQL text and parameters for EXPLAIN. */
async function hotQueries(url: string): Promise<[string, { sql: string; params: unknown[] }][]> {
  const dialect = new PgDialect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ id: number }>(`select id from sections where slug = 'city'`);
  const { rows: story } = await client.query<{ slug: string }>(`select slug from articles where slug like 'bench-%' order by id limit 1 offset 5000`);
  await client.end();
  const city = rows[0]!.id;
  return [
    ['latest (homepage, Latest News)', newestCards(latestCondition([]), 15).toSQL()],
    ['section block (homepage, related)', newestCards(latestCondition([], city), 5).toSQL()],
    ['section page 50', newestCards(listingCondition({ kind: 'section', id: city }), 12, 600).toSQL()],
    ['article by slug', articleDetailQuery(publishedBySlug(story[0]?.slug ?? 'bench-5000')).toSQL()],
    ['search ranking "harbour"', dialect.sqlToQuery(searchRanking('harbour', 10, 0))],
    ['search ranking "seagrass"', dialect.sqlToQuery(searchRanking('seagrass', 10, 0))],
    ['sitemap months', dialect.sqlToQuery(articleMonthsQuery())],
  ];
}

/**
 * Cost that grows with the content: uncached render times at 1 000 and 100 000 articles, and the
 * plans of the hot queries at 100 000 (no sequential scan of articles allowed).
 */
export async function measureGrowth(app: AppProcess, url: string, grow: (url: string, total: number) => Promise<number>) {
  const times: Record<number, Record<string, number>> = {};
  for (const size of [1_000, 100_000]) {
    const started = Date.now();
    await grow(url, size);
    console.log(`[bench] ${size} articles ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await expire(app, ['all']);
    times[size] = {};
    for (const probe of await probes(app)) times[size]![probe.name] = await missMedian(app, probe);
  }
  const ratio: Record<string, number> = Object.fromEntries(
    Object.keys(times[100_000]!).map((k) => [k, Math.round((times[100_000]![k]! / (times[1_000]![k] ?? NaN)) * 100) / 100]),
  );
  const plans: Record<string, { seqScanOnArticles: boolean; plan: string[] }> = {};
  for (const [name, query] of await hotQueries(url)) {
    const plan = await explain(url, query.sql, query.params);
    plans[name] = { seqScanOnArticles: plan.some((l) => /Seq Scan on articles/.test(l)), plan };
  }
  return { medianMissMs: times, ratio, plans };
}
