import { describe, expect, it } from 'vitest';

const baseUrl = process.env.TEST_BASE_URL!;

describe('request bodies', () => {
  it('answers 413 to an oversized body and keeps serving', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const res = await fetch(`${baseUrl}/`, { method: 'POST', body: big, headers: { 'content-type': 'text/plain', origin: baseUrl } }).catch(
      (e: unknown) => e as Error,
    );
    if (res instanceof Error) throw res;
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/too large/);
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/`)).status).toBe(200);
  });

  it('refuses a body without Content-Length on ordinary routes, and keeps serving', async () => {
    const res = await fetch(`${baseUrl}/`, {
      method: 'POST',
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('x'.repeat(1000))), c.close()) }),
      duplex: 'half',
      headers: { origin: baseUrl },
    } as RequestInit).catch((e: unknown) => e as Error);
    if (!(res instanceof Error)) expect(res.status).toBe(411);
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
  });

  it('refuses malformed JSON and unexpected fields on internal endpoints with a clear message', async () => {
    const res = await fetch(`${baseUrl}/api/internal/revalidate`, { method: 'POST', body: '{"tags": [', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
  });
});
