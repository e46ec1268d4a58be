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

  it('refuses a declared upload larger than 10 MB before reading it', async () => {
    const res = await fetch(`${baseUrl}/api/media`, {
      method: 'POST',
      body: Buffer.alloc(12 * 1024 * 1024),
      headers: { 'content-type': 'application/octet-stream', origin: baseUrl },
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${baseUrl}/`)).status).toBe(200);
  });

  it('refuses malformed JSON and unexpected fields on internal endpoints with a clear message', async () => {
    const res = await fetch(`${baseUrl}/api/internal/revalidate`, { method: 'POST', body: '{"tags": [', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
  });
});
