// The beacon scenario of `npm run bench` (issue 15 point 10): the news day's readers with and
// without 2 000 view beacons a second on top, as a traffic spike on a popular story would send.
// Beacons are answered by the HTTP server from memory and written in batches, so the pages'
// throughput must not move beyond noise and no beacon may fail.
import autocannon, { type Client as CannonClient, type Result } from 'autocannon';
import { revalidateSecret } from '@/features/cache/secret';
import { beaconPath } from '@/lib/analytics/beacon';
import type { AppProcess } from '@/testing/app-process';
import { Client } from 'pg';
import { gatherSiteUrls } from './site-urls';

export type BeaconOptions = { connections: number; seconds: number; beaconsPerSecond: number; pagesPerListing: number };

type Run = { rps: number; p99: number; errors: number; fiveHundreds: number; requests: number };

export type BeaconResult = {
  settings: BeaconOptions & { urls: number; stories: number };
  pagesAlone: Run;
  pagesWithBeacons: Run;
  beacons: Run & { rate: number };
  ratio: number;
  written: number | null;
  targets: { beacons: { target: string; met: boolean }; pages: { target: string; met: boolean } };
};

// Browsers, so every beacon is counted (the bot filter would drop autocannon's own agent).
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
];

function summary(r: Result): Run {
  const fiveHundreds = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith('5'))
    .reduce((n, [, s]) => n + s.count, 0);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, fiveHundreds, requests: r.requests.total };
}

function readers(appUrl: string, paths: string[], connections: number, seconds: number): Promise<Result> {
  let next = 0;
  const setupClient = (client: CannonClient) => {
    const offset = Math.floor(((next++ % connections) * paths.length) / connections);
    client.setRequests([...paths.slice(offset), ...paths.slice(0, offset)].map((path) => ({ method: 'GET', path })));
  };
  return autocannon({ url: appUrl, connections, duration: seconds, setupClient });
}

function beacons(appUrl: string, ids: number[], rate: number, seconds: number): Promise<Result> {
  let next = 0;
  const setupClient = (client: CannonClient) => {
    const agent = AGENTS[next++ % AGENTS.length]!;
    // A spike is mostly one story: half the hits on the first, the rest spread.
    const paths = ids.flatMap((id, i) => (i === 0 ? Array(ids.length).fill(beaconPath(id)) : [beaconPath(id)]));
    client.setRequests(paths.map((path) => ({ method: 'GET', path, headers: { 'user-agent': agent } })));
  };
  return autocannon({ url: appUrl, connections: 20, overallRate: rate, duration: seconds, setupClient });
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
  if (ids.length === 0) throw new Error('beacons: no article ids found');
  await readers(app.url, urls.paths, options.connections, 3);
  const pagesAlone = summary(await readers(app.url, urls.paths, options.connections, options.seconds));
  const [pages, hits] = await Promise.all([
    readers(app.url, urls.paths, options.connections, options.seconds),
    beacons(app.url, ids, options.beaconsPerSecond, options.seconds),
  ]);
  const written = await flush(app);
  const pagesWithBeacons = summary(pages);
  const beaconRun = summary(hits);
  const ratio = pagesAlone.rps ? pagesWithBeacons.rps / pagesAlone.rps : 0;
  return {
    settings: { ...options, urls: urls.paths.length, stories: ids.length },
    pagesAlone,
    pagesWithBeacons,
    beacons: { ...beaconRun, rate: Math.round(beaconRun.requests / options.seconds) },
    ratio,
    written,
    targets: {
      beacons: { target: `≥ ${options.beaconsPerSecond} beacons/s, no 5xx, no errors`, met: beaconRun.fiveHundreds === 0 && beaconRun.errors === 0 && beaconRun.requests / options.seconds >= options.beaconsPerSecond * 0.95 },
      pages: { target: 'page req/s with beacons ≥ 0.90 × without', met: ratio >= 0.9 && pagesWithBeacons.fiveHundreds === 0 },
    },
  };
}

export function beaconTable(r: BeaconResult): string {
  return [
    '| Beacons | req/s | p99 ms | errors | 5xx | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    `| Pages alone (${r.settings.urls} URLs) | ${r.pagesAlone.rps} | ${r.pagesAlone.p99} | ${r.pagesAlone.errors} | ${r.pagesAlone.fiveHundreds} | 1.00 |`,
    `| Pages with ${r.settings.beaconsPerSecond} beacons/s on top | ${r.pagesWithBeacons.rps} | ${r.pagesWithBeacons.p99} | ${r.pagesWithBeacons.errors} | ${r.pagesWithBeacons.fiveHundreds} | ${r.ratio.toFixed(2)} |`,
    `| The beacons themselves (${r.settings.stories} stories) | ${r.beacons.rate} | ${r.beacons.p99} | ${r.beacons.errors} | ${r.beacons.fiveHundreds} | |`,
    '',
    `Rollup rows written by the flush after the run: ${r.written ?? 'flush failed'}. Targets: ${r.targets.beacons.target}: ${r.targets.beacons.met ? 'met' : 'MISSED'}; ${r.targets.pages.target}: ${r.targets.pages.met ? 'met' : 'MISSED'}.`,
  ].join('\n');
}
