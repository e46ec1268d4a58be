import type { AppProcess } from '@/lib/testing/app-process';
import { explain } from '@/db/bench-fixtures';
import { expire, percentile } from './measure';

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
  const latest = await (await fetch(`${app.url}/latest`)).text();
  const article = /<h2[^>]*><a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(latest)![1]!;
  const city = await (await fetch(`${app.url}/city`)).text();
  const lastPage = Number(/Page 1 of (\d+)/.exec(city)?.[1] ?? 1);
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

const HOT_QUERIES: [string, string][] = [
  ['latest', `select id from articles where status = 'published' and deleted_at is null order by published_at desc, id desc limit 15`],
  ['section page', `select id from articles where status = 'published' and deleted_at is null and section_id = (select id from sections where slug = 'city') order by published_at desc, id desc limit 12 offset 600`],
  ['article by slug', `select id from articles where slug = 'bench-5000' and status = 'published' and deleted_at is null`],
  ['search', `select id from articles where status = 'published' and deleted_at is null and search @@ websearch_to_tsquery('english', 'harbour') order by ts_rank(search, websearch_to_tsquery('english', 'harbour')) desc limit 10`],
];

/**
 * Cost that grows with the content: uncached render times at 1 000 and 100 000 articles, and the
 * plans of the hot queries at 100 000 (no sequential scan of articles allowed).
 */
export async function measureGrowth(app: AppProcess, url: string, grow: (url: string, total: number) => Promise<number>) {
  const out: Record<string, unknown> = {};
  const times: Record<number, Record<string, number>> = {};
  for (const size of [1_000, 100_000]) {
    const started = Date.now();
    await grow(url, size);
    console.log(`[bench] ${size} articles ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await expire(app, ['all']);
    times[size] = {};
    for (const probe of await probes(app)) times[size]![probe.name] = await missMedian(app, probe);
  }
  out.medianMissMs = times;
  out.ratio = Object.fromEntries(Object.keys(times[100_000]!).map((k) => [k, Math.round((times[100_000]![k]! / (times[1_000]![k] ?? NaN)) * 100) / 100]));
  const plans: Record<string, { seqScanOnArticles: boolean; plan: string[] }> = {};
  for (const [name, sql] of HOT_QUERIES) {
    const plan = await explain(url, sql);
    plans[name] = { seqScanOnArticles: plan.some((l) => /Seq Scan on articles/.test(l)), plan };
  }
  out.plans = plans;
  return out;
}
