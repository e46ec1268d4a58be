import { describe, expect, it } from 'vitest';
import { startApp } from '@/lib/testing/app-process';
import { waitUntil } from '@/lib/testing/wait';

describe('graceful shutdown', () => {
  it('lets in-flight requests finish, refuses new ones and exits within 10 seconds', async () => {
    const app = await startApp({});
    const latest = await (await fetch(`${app.url}/latest`)).text();
    const paths = ['/', '/latest', ...[...latest.matchAll(/<h2[^>]*><a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!)];

    type Outcome = { status: number; complete: boolean } | { error: string };
    const outcomes: Outcome[] = [];
    let stop = false;
    const readers = Array.from({ length: 30 }, async (_, i) => {
      for (let n = 0; !stop; n++) {
        try {
          const res = await fetch(`${app.url}${paths[(i + n) % paths.length]}`);
          const body = await res.text();
          outcomes.push({ status: res.status, complete: body.trimEnd().endsWith('</html>') });
        } catch (error) {
          outcomes.push({ error: String((error as Error).cause ?? error) });
          if (app.child.exitCode !== null) return;
        }
      }
    });
    // SIGTERM once the readers are well under way (requests in flight), however slow the machine.
    await waitUntil(() => outcomes.length >= 60, { what: '60 answered requests before SIGTERM', timeoutMs: 60_000, intervalMs: 50 });
    const { code, ms } = await app.stop('SIGTERM');
    stop = true;
    await Promise.all(readers);

    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    const answered = outcomes.filter((o): o is { status: number; complete: boolean } => 'status' in o);
    expect(answered.length).toBeGreaterThan(30);
    // Every response that started was delivered whole; none was cut off mid-body.
    expect(answered.filter((o) => o.status !== 200 || !o.complete)).toEqual([]);
    // Requests after the listener closed are refused at the door, not half-answered.
    for (const o of outcomes) if ('error' in o) expect(o.error).toMatch(/ECONNREFUSED|ECONNRESET|other side closed|SocketError/);
    expect(app.output()).toContain('SIGTERM: finishing');
  }, 120_000);
});
