import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHealth } from '@/runtime/server/db-health';
import { declareResponseStatus, withRequestSlot } from './request-slot';
import { mapStatus } from '@/runtime/server/status-rewrite';

const healthy: DbHealth = { healthy: () => true, stop: async () => undefined };
const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** As http-server.ts wires it; the "page" declares 403 a few async hops into its render, as React would. */
async function server() {
  const srv = http.createServer((req, res) => {
    withRequestSlot((slot) => {
      mapStatus(req, res, healthy, 'Test', () => slot.status);
      void (async () => {
        await new Promise((r) => setImmediate(r));
        if (req.url === '/refused') declareResponseStatus(403);
        await Promise.resolve();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('<html>notice</html>');
      })();
    });
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
}

describe('a status declared by the page', () => {
  it('is what a read gets, with the page itself', async () => {
    const url = await server();
    const res = await fetch(`${url}/refused`);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('<html>notice</html>');
    expect((await fetch(`${url}/allowed`)).status).toBe(200);
  });

  it('stays with its own request, and leaves server actions (POST) to Next', async () => {
    const url = await server();
    const statuses = await Promise.all(['/refused', '/allowed', '/refused', '/allowed'].map(async (p) => (await fetch(`${url}${p}`)).status));
    expect(statuses).toEqual([403, 200, 403, 200]);
    expect((await fetch(`${url}/refused`, { method: 'POST', body: 'x' })).status).toBe(200);
  });

  it('does nothing outside a request (next dev has no slot)', () => {
    expect(() => declareResponseStatus(403)).not.toThrow();
  });
});
