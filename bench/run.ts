// `npm run bench [-- --scale] [-- --skip-build]`: the performance numbers in README.md.
// Starts the production server on a fresh throwaway database with the demo content and measures,
// one after another, with autocannon (50 connections, 10 s after a 3 s warm-up), then the news day
// (bench/news-day.ts: 60 s with and without writes; BENCH_NEWSDAY_SECONDS, 0 leaves it out), then
// the same readers with 2 000 view beacons a second on top (bench/beacons.ts: BENCH_BEACON_SECONDS).
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { growArticles } from '@/db/bench-fixtures';
import type { AppProcess } from '@/testing/app-process';
import { benchCluster } from './cluster';
import { cannon, limitServer, table, timeRequest, type Row } from './rows';
import { newestArticlePath, startDemoSite } from './demo-site';
import { expire, percentile } from './measure';
import { takeMachineLock } from './machine-lock';
import { beaconTable, runBeacons } from './beacons';
import { newsDayTable, runNewsDay } from './news-day';
import { changeHeadline } from './publish';
import { measureGrowth } from './scale';

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const NEWSDAY_SECONDS = Number(process.env.BENCH_NEWSDAY_SECONDS ?? 60);
// Published stories to grow to before the news day: the demo's few dozen give too few distinct pages.
const NEWSDAY_ARTICLES = Number(process.env.BENCH_NEWSDAY_ARTICLES ?? 250);
// Readers with and without view beacons on top, each of 4 runs this long (0 leaves it out).
const BEACON_SECONDS = Number(process.env.BENCH_BEACON_SECONDS ?? 15);
const BEACONS_PER_SECOND = Number(process.env.BENCH_BEACONS_PER_SECOND ?? 2000);

/** First request after the article's tag was expired: a full render, measured one at a time. */
async function cacheMiss(app: AppProcess, articleUrl: string): Promise<Omit<Row, 'name'>> {
  // The page's own slug tag: article:<id> would also expire the fragments that list the story
  // (Latest News, More from), and this row is the article's render alone.
  const slugTag = `article-slug:${new URL(articleUrl).pathname.split('/').pop()}`;
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    await expire(app, [slugTag]);
    times.push(await timeRequest(articleUrl));
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { rps: Math.round(1000 / mean), p50: Math.round(percentile(times, 50)), p99: Math.round(percentile(times, 99)), errors: 0, note: 'sequential, 40 misses' };
}

function growthTable(growth: Awaited<ReturnType<typeof measureGrowth>>): string {
  const lines = ['| Uncached render (median of 9) | 1 000 articles, ms | 100 000 articles, ms | ratio |', '|---|---:|---:|---:|'];
  for (const [name, at1k] of Object.entries(growth.medianMissMs[1_000] ?? {})) {
    const at100k = growth.medianMissMs[100_000]?.[name];
    lines.push(`| ${name} | ${at1k} | ${at100k ?? ''} | ${growth.ratio[name] ?? ''} |`);
  }
  lines.push('', '| Hot query at 100 000 articles | sequential scan of articles |', '|---|---|');
  for (const [name, p] of Object.entries(growth.plans)) lines.push(`| ${name} | ${p.seqScanOnArticles ? 'YES' : 'no'} |`);
  return lines.join('\n');
}

async function main() {
  if (process.argv.includes('--cluster')) return benchCluster({ build: !process.argv.includes('--skip-build') });
  const release = takeMachineLock('npm run bench');
  const scale = process.argv.includes('--scale');
  const site = await startDemoSite('bench', { build: !process.argv.includes('--skip-build') });
  const { app, database } = site;
  try {
    const articlePath = await newestArticlePath(app.url);
    const articleUrl = `${app.url}${articlePath}`;
    const pages: [string, string][] = [
      ['Article (cached)', articleUrl],
      ['Homepage (cached)', `${app.url}/`],
      ['Section page (cached)', `${app.url}/city`],
    ];
    for (const [, url] of pages) {
      await timeRequest(url);
      await timeRequest(url);
    }
    const bytes = Buffer.from(await (await fetch(articleUrl)).arrayBuffer());
    const limit = await limitServer(bytes);
    const rows: Row[] = [{ name: 'L: same bytes from memory (plain node:http)', ...(await cannon(limit.url)), ratio: 1 }];
    limit.close();
    const l = rows[0]!.rps;
    for (const [name, url] of pages) rows.push({ name, ...(await cannon(url)) });
    // One query over and over, as when a story sends everyone to search for the same word.
    const search = await fetch(`${app.url}/search?q=harbour`);
    if (search.status === 200) {
      const r = await cannon(`${app.url}/search?q=harbour`);
      rows.push({ name: 'Repeated search "harbour"', ...r, note: 'same query every request', target: { text: '≥ 1000 req/s, p99 ≤ 100 ms', met: r.rps >= 1000 && r.p99 <= 100 && r.errors === 0 } });
    } else rows.push({ name: 'Repeated search', rps: 0, p50: 0, p99: 0, errors: 0, note: `unavailable: HTTP ${search.status}` });
    const miss = await cacheMiss(app, articleUrl);
    rows.push({ name: 'Article, cache miss', ...miss, target: { text: 'median ≤ 25 ms', met: miss.p50 <= 25 } });
    for (const r of rows) r.ratio = r.rps / l;

    const visible = await changeHeadline(app, database.url, articlePath, 20);

    const result: Record<string, unknown> = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: 3 },
      pageBytes: bytes.length,
      rows,
      publishToVisible: visible,
    };
    // After the rows above: it grows the content, which they are measured without.
    const newsDay =
      NEWSDAY_SECONDS > 0
        ? await runNewsDay(app, database.url, {
            connections: CONNECTIONS,
            seconds: NEWSDAY_SECONDS,
            articles: NEWSDAY_ARTICLES,
            minUrls: 200,
            pagesPerListing: 6,
          })
        : null;
    if (newsDay) result.newsDay = newsDay;
    const beacons =
      BEACON_SECONDS > 0
        ? await runBeacons(app, database.url, { connections: CONNECTIONS, seconds: BEACON_SECONDS, beaconsPerSecond: BEACONS_PER_SECOND, pagesPerListing: 6 })
        : null;
    if (beacons) result.beacons = beacons;
    if (scale) {
      const growth = await measureGrowth(app, database.url, growArticles);
      result.growth = growth;
      console.log(`\n${growthTable(growth)}\n`);
    }
    await writeFile('bench/results.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${table(rows)}\n`);
    console.log(`Publish to visible (article page and homepage, 20 changes): median ${visible.medianMs} ms, max ${visible.maxMs} ms`);
    if (newsDay) console.log(`\n${newsDayTable(newsDay)}\n`);
    if (beacons) console.log(`\n${beaconTable(beacons)}\n`);
    console.log(`Article page: ${bytes.length} bytes uncompressed. Results written to bench/results.json`);
  } finally {
    await site.stop();
    release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
