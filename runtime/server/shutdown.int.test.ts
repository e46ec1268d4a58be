import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { revalidateSecret } from '@/features/cache/secret';
import { startApp, type AppProcess } from '@/testing/app-process';
import { waitUntil } from '@/testing/wait';

/** Resolves once the server has printed `text`; rejects if its output ends first or after `timeoutMs`. */
function printed(app: AppProcess, text: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!app.output().includes(text)) return;
      done();
      resolve();
    };
    // 'close' comes after the last output, unlike 'exit'.
    const ended = () => {
      check();
      done();
      reject(new Error(`The server exited (${app.child.exitCode ?? app.child.signalCode}) before printing "${text}":\n${app.output().slice(-2000)}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`The server did not print "${text}" in time:\n${app.output().slice(-2000)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      app.child.stdout!.off('data', check);
      app.child.off('close', ended);
    };
    app.child.stdout!.on('data', check);
    app.child.on('close', ended);
    check();
  });
}

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

  it('keeps shutting down gracefully when the signal comes twice, as a Ctrl-C does through tsx', async () => {
    const app = await startApp({});
    const { host } = new URL(app.url);
    const body = JSON.stringify({ tags: ['shutdown-test-nothing'] });
    const socket = net.connect({ host: '127.0.0.1', port: Number(new URL(app.url).port) });
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    // Half a body keeps the request in flight; "100 Continue" says the server has it.
    socket.write(
      `POST /api/internal/revalidate HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${app.url}\r\nX-Revalidate-Secret: ${revalidateSecret()}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    const deadline = Date.now() + 10_000;
    while (!answer.includes('100 Continue') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(answer).toContain('100 Continue');
    socket.write(body.slice(0, 5));

    app.child.kill('SIGINT');
    // The scheduler's tick may be in flight too.
    await printed(app, 'SIGINT: finishing ');
    app.child.kill('SIGINT');
    await printed(app, 'SIGINT again: already shutting down');
    // Not end(): a client that half-closes its side gets no answer from Node unless it is instant.
    socket.write(body.slice(5));
    await closed;
    expect(answer).toMatch(/HTTP\/1\.1 200 OK[\s\S]*\{"expired":1\}/);
    const { code } = await app.stop('SIGINT');
    expect(code).toBe(0);
  }, 120_000);
});
