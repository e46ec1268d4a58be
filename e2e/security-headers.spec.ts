import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

test('every response carries the security headers', async ({ request }) => {
  const article = (await (await request.get('/latest')).text()).match(/<h2[^>]*><a href="([^"]+)"/)![1]!;
  for (const path of ['/', article, '/city', '/latest?page=2', '/no-such-page', '/login', '/api/health', '/robots.txt']) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(COMMON)) expect(headers[name], `${name} on ${path}`).toBe(value);
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('public pages have a policy that forbids plugins, base hijacking, framing and foreign scripts', async ({ request }) => {
  const csp = (await request.get('/')).headers()['content-security-policy']!;
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  // Only our own fixed scripts, by hash: no inline code or file an injection could add.
  expect(csp).toMatch(/script-src( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  expect(csp).not.toContain('unsafe-eval');
});

test.describe('newsroom', () => {
  test.use({ storageState: storageStatePath('editor') });

  test('gets a strict per-request nonce policy and works under it', async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const first = (await request.get('/login')).headers()['content-security-policy']!;
    const second = (await request.get('/login')).headers()['content-security-policy']!;
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(first).toContain("object-src 'none'");
    expect(first).toContain("base-uri 'none'");
    expect(first).not.toBe(second);
    const response = await page.goto('/dashboard');
    expect(response!.headers()['content-security-policy']).toContain("'strict-dynamic'");
    // The page is interactive (React hydrated) under the policy: client buttons work.
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});
