// The beacon scenario of `npm run bench` (issue 15 point 10): readers spread over the site with and
// without 2 000 view beacons a second on top, as a spike on one popular story would send. Beacons
// are answered by the HTTP server from memory and written in batches: none may fail, and readers
// at a busy hour's rate must keep it. Readers as fast as the machine serves them are measured too;
// there the beacons' CPU shows as a lower ceiling (two cores hold the server and both generators).
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon, { type Client as CannonClient, type Result } from 'autocannon';
import { Client } from 'pg';
import { revalidateSecret } from '@/features/cache/secret';
import { beaconPath } from '@/lib/analytics/beacon';
import type { AppProcess } from '@/testing/app-process';
import { gatherSiteUrls } from './site-urls';

export type BeaconOptions = { connections: number; seconds: number; beaconsPerSecond: number; pagesPerListing: number };

type Run = { rps: number; p99: number; errors: number; fiveHundreds: number; requests: number };

export type BeaconResult = {
  settings: BeaconOptions & { urls: number; stories: number; pageRate: number };
  /** Readers as fast as the machine serves them, without and with beacons. */
  saturated: { alone: Run; withBeacons: Run; beacons: Run; ratio: number };
  /** Readers at half the saturated rate (a busy hour, not a test to destruction), without and with beacons. */
  atRate: { alone: Run; withBeacons: Run; beacons: Run; ratio: number };
  written: number | null;
  targets: { beacons: { target: string; met: boolean }; pages: { target: string; met: boolean } };
};

// A browser, so every beacon is counted (the bot filter would drop autocannon's own agent).
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

type CannonJson = { requests: { average: number; total: number }; latency: { p99: number }; errors: number; timeouts: number; non2xx: number; statusCodeStats?: Record<string, { count: number }> };

function summary(r: Result | CannonJson): Run {
  const fiveHundreds = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith('5'))
    .reduce((n, [, st]) => n + st.count, 0);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, fiveHundreds, requests: r.requests.total };
}

function readers(appUrl: string, paths: string[], connections: number, seconds: number, overallRate?: number): Promise<Result> {
  let next = 0;
  const setupClient = (client: CannonClient) => {
    const offset = Math.floor(((next++ % connections) * paths.length) / connections);
    client.setRequests([...paths.slice(offset), ...paths.slice(0, offset)].map((path) => ({ method: 'GET', path })));
  };
  return autocannon({ url: appUrl, connections, duration: seconds, setupClient, ...(overallRate ? { overallRate } : {}) });
}

/**
 * The beacons from a process of their own: in this one they would share the event loop with the
 * readers' load generator, which then measures itself. A spike is one story read by everyone.
 */
function beacons(appUrl: string, articleId: number, rate: number, seconds: number): Promise<CannonJson> {
  const bin = path.resolve('node_modules/autocannon/autocannon.js');
  const args = [bin, '-c', '20', '-d', String(seconds), '-R', String(rate), '-H', `user-agent=${BROWSER}`, '-j', `${appUrl}${beaconPath(articleId)}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`autocannon exited with ${code}`);
        resolve(JSON.parse(out) as CannonJson);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function flush(app: AppProcess): Promise<number | null> {
  const res = await fetch(`${app.url}/api/internal/views/flush`, { method: 'POST', headers: { 'x-revalidate-secret': revalidateSecret()!, origin: app.url } });
  if (!res.ok) return null;
  const body = (await res.json()) as { written?: number };
  return body.written ?? null;
}

async function storyIds(databaseUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>("select id from articles where status = 'published' and deleted_at is null order by published_at desc limit 40");
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

export async function runBeacons(app: AppProcess, databaseUrl: string, options: BeaconOptions): Promise<BeaconResult> {
  const urls = await gatherSiteUrls(app.url, { pagesPerListing: options.pagesPerListing });
  const ids = await storyIds(databaseUrl);
  if (ids.length === 0) throw new Error('beacons: no published stories');
  const { seconds, connections, beaconsPerSecond } = options;
  await readers(app.url, urls.paths, connections, 3);

  const alone = summary(await readers(app.url, urls.paths, connections, seconds));
  const [pages, hits] = await Promise.all([readers(app.url, urls.paths, connections, seconds), beacons(app.url, ids[0]!, beaconsPerSecond, seconds)]);
  const saturated = { alone, withBeacons: summary(pages), beacons: summary(hits), ratio: 0 };
  saturated.ratio = alone.rps ? saturated.withBeacons.rps / alone.rps : 0;

  const pageRate = Math.max(1, Math.round(alone.rps / 2));
  const rateAlone = summary(await readers(app.url, urls.paths, connections, seconds, pageRate));
  const [ratePages, rateHits] = await Promise.all([readers(app.url, urls.paths, connections, seconds, pageRate), beacons(app.url, ids[1] ?? ids[0]!, beaconsPerSecond, seconds)]);
  const atRate = { alone: rateAlone, withBeacons: summary(ratePages), beacons: summary(rateHits), ratio: 0 };
  atRate.ratio = rateAlone.rps ? atRate.withBeacons.rps / rateAlone.rps : 0;

  const written = await flush(app);
  const beaconRuns = [saturated.beacons, atRate.beacons];
  return {
    settings: { ...options, urls: urls.paths.length, stories: ids.length, pageRate },
    saturated,
    atRate,
    written,
    targets: {
      beacons: {
        target: `${beaconsPerSecond} beacons/s absorbed, no 5xx, no errors`,
        met: beaconRuns.every((b) => b.fiveHundreds === 0 && b.errors === 0 && b.requests / seconds >= beaconsPerSecond * 0.95),
      },
      pages: {
        target: 'pages at a busy hour’s rate keep it with beacons on top (≥ 0.95×), no 5xx',
        met: atRate.ratio >= 0.95 && atRate.withBeacons.fiveHundreds === 0 && saturated.withBeacons.fiveHundreds === 0,
      },
    },
  };
}

export function beaconTable(r: BeaconResult): string {
  const row = (name: string, x: Run, ratio?: number) => `| ${name} | ${x.rps} | ${x.p99} | ${x.errors} | ${x.fiveHundreds} | ${ratio === undefined ? '' : ratio.toFixed(2)} |`;
  return [
    '| Beacons | req/s | p99 ms | errors | 5xx | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    row(`Pages as fast as served (${r.settings.urls} URLs)`, r.saturated.alone, 1),
    row(`… with ${r.settings.beaconsPerSecond} beacons/s on top`, r.saturated.withBeacons, r.saturated.ratio),
    row('… the beacons themselves', r.saturated.beacons),
    row(`Pages at ${r.settings.pageRate} req/s (half of that)`, r.atRate.alone, 1),
    row(`… with ${r.settings.beaconsPerSecond} beacons/s on top`, r.atRate.withBeacons, r.atRate.ratio),
    row('… the beacons themselves', r.atRate.beacons),
    '',
    `Rollup rows written by the flush after the runs: ${r.written ?? 'flush failed'}. ${r.targets.beacons.target}: ${r.targets.beacons.met ? 'met' : 'MISSED'}; ${r.targets.pages.target}: ${r.targets.pages.met ? 'met' : 'MISSED'}.`,
  ].join('\n');
}
