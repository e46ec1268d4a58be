import http from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { cleanupMediaFixtures, testStaff, type TestStaff } from '@/testing/media-fixtures';

/**
 * Issue 16 points 6, 7, 8 and 11: what the outside attack run sent, sent again. fetch() would tidy
 * the URL before sending it, so these go out through node:http exactly as written.
 */
const baseUrl = process.env.TEST_BASE_URL!;
const { hostname, port } = new URL(baseUrl);

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

function raw(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    // A server still waiting for a body we never send is a failure, not a hang.
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
    req.end(options.body);
  });
}

/** Server action ids are in the build's manifest, as an attacker could read them from our JS. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in the build`);
  return entry[0];
}

const NO_STACK = /\n\s+at |Error:/;

let admin: TestStaff;

beforeAll(async () => {
  admin = await testStaff('admin');
});

afterAll(async () => {
  await cleanupMediaFixtures();
  await closeConnection();
});

describe('the request path is normalised once, before every guard', () => {
  it('refuses a cross-site server action however its path is spelt', async () => {
    const body = JSON.stringify([{ id: 1 }]);
    for (const path of ['/api/../dashboard/articles', '/api/%2e%2e/dashboard/articles', '/api/x/../../dashboard/articles', '/api\\..\\dashboard\\articles']) {
      const res = await raw('POST', path, {
        headers: { origin: 'https://evil.example', 'next-action': actionId('trashArticleAction'), 'content-type': 'text/plain;charset=UTF-8', 'content-length': String(body.length) },
        body,
      });
      expect(res.status, path).toBe(403);
    }
  });

  it('keeps the 1 MB body limit on paths that only start like the upload route', async () => {
    for (const path of ['/api/mediax/../../login', '/api/media/../../login', '/api/mediax']) {
      const res = await raw('POST', path, { headers: { origin: baseUrl, 'content-length': String(5 * 1024 * 1024), connection: 'close' } });
      expect(res.status, path).toBe(413);
      expect(res.body, path).toMatch(/too large \(limit 1 MB\)/);
    }
  });
});

describe('malformed requests get a 4xx, never a 500', () => {
  it('answers undecodable paths with the styled 404 (pages) or a 400', async () => {
    for (const path of ['/%ff', '/city%', '/sitemaps/%ff', '/%E0%A4%A', '/city/%E0%A4%A', '/dashboard/%ff', '/feeds/section/%ff/atom.xml', '/api/%ff']) {
      const res = await raw('GET', path);
      expect([400, 404], `${path}: ${res.status}`).toContain(res.status);
      expect(res.body, path).not.toMatch(NO_STACK);
    }
    const page = await raw('GET', '/%ff');
    expect(page.status).toBe(404);
    expect(page.body).toContain('<html');
    expect((await raw('POST', '/%ff', { headers: { origin: baseUrl, 'content-length': '0' } })).status).toBe(400);
  });

  it('refuses TRACE and asterisk requests', async () => {
    const trace = await raw('TRACE', '/');
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toMatch(/GET/);
    for (const method of ['OPTIONS', 'GET']) {
      const star = await raw(method, '*');
      expect(star.status, method).toBe(400);
      expect(star.body).not.toMatch(NO_STACK);
    }
  });

  it('answers sign-in error links with control characters or broken escapes with a 400', async () => {
    for (const error of ['%0d%0a', '%0d%0aSet-Cookie:%20x=1', '%ff', '%E0%A4%A']) {
      const res = await raw('GET', `/api/auth/error?error=${error}`);
      expect(res.status, error).toBe(400);
      expect(res.headers['set-cookie'] ?? []).not.toContainEqual(expect.stringMatching(/^x=1/));
    }
    // An ordinary error code still goes to the sign-in page.
    const normal = await raw('GET', '/api/auth/error?error=Configuration');
    expect(normal.status).toBe(302);
    expect(normal.headers.location).toMatch(/\/login\?error=Configuration$/);
  });

  it('answers a NUL in staff searches and ids beyond the integer range without failing', async () => {
    const cookie = admin.cookie;
    for (const path of ['/dashboard/articles?q=%00', '/dashboard/articles?q=a%00b', '/api/media?q=%00', '/dashboard/articles?author=9999999999&section=9999999999']) {
      const res = await raw('GET', path, { headers: { cookie } });
      expect(res.status, path).toBe(200);
    }
    for (const path of ['/dashboard/sections/9999999999', '/dashboard/sections/tags/9999999999', '/dashboard/staff/9999999999', '/dashboard/media/9999999999', '/dashboard/articles/9999999999', '/dashboard/articles/2147483648/history']) {
      const res = await raw('GET', path, { headers: { cookie } });
      expect(res.status, path).toBe(404);
    }
  });
});

describe('answers that must not be re-headed or computed', () => {
  it('keeps the media route’s own sandbox policy and nosniff', async () => {
    const home = await (await fetch(`${baseUrl}/`)).text();
    const image = home.match(/\/media\/[a-z0-9-]+\/[a-z0-9.-]+\.webp/)![0];
    const res = await fetch(`${baseUrl}${image}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // Pages keep the site-wide policy.
    expect((await fetch(`${baseUrl}/`)).headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses /_next/image: no page uses the optimizer, and it cost ~130 ms of image work per anonymous request', async () => {
    const home = await (await fetch(`${baseUrl}/`)).text();
    const image = home.match(/\/media\/[a-z0-9-]+\/[a-z0-9.-]+\.webp/)![0];
    for (const query of [`url=${encodeURIComponent(image)}&w=640&q=75`, `url=${encodeURIComponent(image)}&w=3840&q=100`, 'url=%2Ficon.svg&w=64&q=75']) {
      const res = await raw('GET', `/_next/image?${query}`);
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
      expect(res.headers['content-type'] ?? '', query).not.toMatch(/^image\//);
    }
  });
});
