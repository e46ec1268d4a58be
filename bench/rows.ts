// What every bench table shares: autocannon runs, the plain-server ceiling (L) and the table.
import http from 'node:http';
import autocannon from 'autocannon';
import { freePort } from '@/testing/app-process';

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

export type Row = { name: string; rps: number; p50: number; p99: number; errors: number; ratio?: number; note?: string; target?: { text: string; met: boolean } };

export async function cannon(url: string, headers: Record<string, string> = {}): Promise<Omit<Row, 'name'>> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 3 });
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** L: the same bytes from memory with nothing else, the ceiling for this machine and load generator. */
export async function limitServer(body: Buffer, encoding?: 'gzip'): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, ...(encoding ? { 'content-encoding': encoding } : {}) });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** The body exactly as sent (fetch would decompress it). */
export function rawBody(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url} answered ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

export async function timeRequest(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

export function table(rows: Row[]): string {
  const head = '| Page | req/s | p50 ms | p99 ms | errors | ratio to L | target |\n|---|---:|---:|---:|---:|---:|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.target ? `${r.target.text}: ${r.target.met ? 'met' : 'MISSED'}` : ''} |`,
  );
  return [head, ...lines].join('\n');
}

