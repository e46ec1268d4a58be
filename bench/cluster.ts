// `npm run bench -- --cluster`: the numbers of README's "Through Varnish" table. Varnish in front of
// two production instances (runtime/cluster, as `npm run cluster` starts them) on a fresh
// throwaway database with the demo content: cached article and homepage through Varnish beside the
// plain-server ceiling for the same bytes, in one run; publish → visible through Varnish; the news
// day (bench/news-day.ts) through Varnish.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { startCluster, type Cluster } from '@/runtime/cluster/cluster';
import { createThrowawayDatabase } from '@/testing/throwaway-db';
import { newestArticlePath, prepareDemoDatabase } from './demo-site';
import { takeMachineLock } from './machine-lock';
import { newsDayTable, runNewsDay } from './news-day';
import { changeHeadline } from './publish';
import { cannon, limitServer, rawBody, table, timeRequest, type Row } from './rows';

const NEWSDAY_SECONDS = Number(process.env.BENCH_NEWSDAY_SECONDS ?? 60);
const NEWSDAY_ARTICLES = Number(process.env.BENCH_NEWSDAY_ARTICLES ?? 250);
const INSTANCES = 2;

/** Ports are picked at random in a high range: the cluster needs PORT … PORT+N free together. */
async function startOnFreePorts(env: Record<string, string>): Promise<Cluster> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    try {
      return await startCluster({ port, instances: INSTANCES, env, siteUrl: `http://127.0.0.1:${port}`, startTimeoutMs: 180_000 });
    } catch (error) {
      lastError = error;
      if (!/in use/.test(String(error))) throw error;
    }
  }
  throw lastError;
}

export async function benchCluster(options: { build: boolean }): Promise<void> {
  const release = takeMachineLock('npm run bench -- --cluster');
  const database = await createThrowawayDatabase('bench-cluster');
  let cluster: Cluster | null = null;
  try {
    const env = await prepareDemoDatabase(database, 'bench-cluster', options);
    cluster = await startOnFreePorts(env);
    // Scripts announce their writes to one instance, which tells the other and purges Varnish.
    process.env.INTERNAL_APP_URL = cluster.instances[0]!.url;
    const front = cluster.url;

    const articlePath = await newestArticlePath(front);
    const pages: [string, string][] = [
      ['Article through Varnish (cached)', `${front}${articlePath}`],
      ['Homepage through Varnish (cached)', `${front}/`],
      ['Article from one instance directly (its front cache)', `${cluster.instances[0]!.url}${articlePath}`],
    ];
    for (const [, url] of pages) {
      await timeRequest(url);
      await timeRequest(url);
    }
    // Each ceiling serves exactly what Varnish sends a reader for the article: once as a browser asks
    // (gzip: Varnish stitches its stored gzip pieces), once for a client without gzip (Varnish then
    // inflates on every delivery).
    const gzip = { 'accept-encoding': 'gzip' };
    const rows: Row[] = [];
    for (const [label, headers] of [['gzip', gzip], ['identity', {}]] as const) {
      const bytes = await rawBody(pages[0]![1], headers);
      const limit = await limitServer(bytes, label === 'gzip' ? 'gzip' : undefined);
      const group: Row[] = [{ name: `L (${label}): the same ${bytes.length} bytes from memory (plain node:http)`, ...(await cannon(limit.url, headers)), ratio: 1 }];
      limit.close();
      for (const [name, url] of pages) group.push({ name: `${name}, ${label}`, ...(await cannon(url, headers)) });
      const l = group[0]!.rps;
      for (const r of group) r.ratio = r.rps / l;
      for (const r of group.slice(1, 3)) r.target = { text: '≥ 0.95 of L', met: (r.ratio ?? 0) >= 0.95 && r.errors === 0 };
      rows.push(...group);
    }
    const bytes = Buffer.from(await (await fetch(pages[0]![1])).arrayBuffer());

    const visible = await changeHeadline({ url: front }, database.url, articlePath, 20);
    const result: Record<string, unknown> = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      instances: INSTANCES,
      pageBytes: bytes.length,
      rows,
      publishToVisibleThroughVarnish: visible,
    };
    const newsDay =
      NEWSDAY_SECONDS > 0
        ? await runNewsDay({ url: front }, database.url, { connections: 50, seconds: NEWSDAY_SECONDS, articles: NEWSDAY_ARTICLES, minUrls: 200, pagesPerListing: 6 })
        : null;
    if (newsDay) result.newsDay = newsDay;
    await writeFile('bench/results-cluster.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${table(rows)}\n`);
    console.log(`Publish to visible through Varnish (article page and homepage, 20 changes): median ${visible.medianMs} ms, max ${visible.maxMs} ms`);
    if (newsDay) console.log(`\n${newsDayTable(newsDay)}\n`);
    console.log(`Article page: ${bytes.length} bytes uncompressed. Results written to bench/results-cluster.json`);
  } finally {
    await cluster?.stop();
    await database.drop();
    release();
  }
}
