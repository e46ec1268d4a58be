import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { noteAppliedByNext, noteExpiredInRequest, withRequestSlot } from '@/lib/request-slot';
import { createHttpCachePurger, purgeAtEnd, type HttpCachePurger } from './http-cache-purge';

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** Stands in for Varnish: records each PURGE's xkey header and answers with `status()`. */
async function fakeVarnish(status: () => number = () => 200) {
  const purges: string[] = [];
  const url = await listen((req, res) => {
    purges.push(`${req.method} ${req.headers.xkey}`);
    res.statusCode = status();
    res.end('Purged');
  });
  return { url, purges };
}

describe('purging Varnish by tag', () => {
  it('sends PURGE with the tags, and only TAG.all when everything changed', async () => {
    const varnish = await fakeVarnish();
    const purger = createHttpCachePurger(varnish.url);
    expect(await purger.purge(['home', 'article:3'])).toBe(true);
    expect(await purger.purge(['article:3', 'all'])).toBe(true);
    expect(varnish.purges).toEqual(['PURGE home article:3', 'PURGE all']);
  });

  it('retries a failed purge and never throws; tags that kept failing go with the next purge', async () => {
    let failing = true;
    const varnish = await fakeVarnish(() => (failing ? 503 : 200));
    const logged: string[] = [];
    const purger = createHttpCachePurger(varnish.url, { retryDelaysMs: [1, 1], log: (m) => logged.push(m) });
    expect(await purger.purge(['home'])).toBe(false);
    const deadline = Date.now() + 2000;
    while (!logged.some((m) => m.includes('after retries'))) {
      if (Date.now() > deadline) throw new Error('retries never ended');
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(varnish.purges).toEqual(['PURGE home', 'PURGE home', 'PURGE home']);
    failing = false;
    expect(await purger.purge(['latest'])).toBe(true);
    expect(varnish.purges.at(-1)).toBe('PURGE home latest');
  });
});

describe('the answer of a request that changed something', () => {
  /** A server whose handler delivers a change (noting it for the purge) and answers; Next applies the expiry `appliedAfterMs` after the end, or never. */
  async function server(events: string[], purger: HttpCachePurger, appliedAfterMs: number | null, waitMs = 2000) {
    const url = await listen((_req, res) =>
      withRequestSlot((slot) => {
        purgeAtEnd(res, slot, purger, { waitMs, beforePurge: (tags) => events.push(`front cache drops ${tags.join(' ')}`) });
        noteExpiredInRequest(['home', 'search'], { purgeHttpCache: true });
        res.write('saved');
        res.end(() => events.push('answered'));
        if (appliedAfterMs !== null) {
          setTimeout(() => {
            events.push('Next applied');
            noteAppliedByNext(['home', 'search']);
          }, appliedAfterMs);
        }
      }),
    );
    return url;
  }
  const recording = (events: string[], ok = true): HttpCachePurger => ({
    purge: async (tags) => {
      events.push(`purge ${tags.join(' ')}`);
      return ok;
    },
  });

  it('goes out once Next applied the expiry, the front cache dropped it again and Varnish was purged', async () => {
    const events: string[] = [];
    const url = await server(events, recording(events), 50);
    const res = await fetch(url);
    expect(await res.text()).toBe('saved');
    expect(events).toEqual(['Next applied', 'front cache drops home search', 'purge home search', 'answered']);
  });

  it('goes out after the bound when Next never reports the expiry, purged anyway', async () => {
    const events: string[] = [];
    const url = await server(events, recording(events), null, 200);
    const started = Date.now();
    expect(await (await fetch(url)).text()).toBe('saved');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(events).toEqual(['front cache drops home search', 'purge home search', 'answered']);
  });

  it('is not held when nothing was changed', async () => {
    let purged = 0;
    const url = await listen((_req, res) =>
      withRequestSlot((slot) => {
        purgeAtEnd(res, slot, { purge: async () => Boolean(purged++) });
        res.end('page');
      }),
    );
    expect(await (await fetch(url)).text()).toBe('page');
    expect(purged).toBe(0);
  });
});
