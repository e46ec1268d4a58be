import { describe, expect, it } from 'vitest';

const baseUrl = process.env.TEST_BASE_URL!;

// Headers that have tricked middleware-only auth elsewhere (CVE-2025-29927 and friends).
const TRICKS: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-prefetch': '1' },
  { 'x-nextjs-data': '1' },
  { 'x-northgate-client-ip': '10.0.0.1', 'x-forwarded-for': '127.0.0.1' },
  { 'x-northgate-path': '/dashboard/staff' },
  { cookie: 'next-auth.session-token=forged.value.here' },
];

describe('header tricks', () => {
  it('never reach the newsroom without a real session', async () => {
    for (const headers of TRICKS) {
      for (const path of ['/dashboard', '/dashboard/staff', '/dashboard/articles', '/dashboard/audit']) {
        const res = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' });
        expect([302, 303, 307].includes(res.status) ? res.headers.get('location') : `${res.status}`, `${path} ${JSON.stringify(headers)}`).toMatch(
          /\/login\?callbackUrl=/,
        );
      }
    }
  });

  it('never read unpublished content through the preview or the media API', async () => {
    for (const headers of TRICKS) {
      const media = await fetch(`${baseUrl}/api/media`, { headers });
      expect(media.status, JSON.stringify(headers)).toBe(401);
    }
  });
});
