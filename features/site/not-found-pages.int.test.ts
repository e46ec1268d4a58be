import { describe, expect, it } from 'vitest';
import { h1Count } from '@/testing/html';

// Plain fetch runs no JavaScript: this is what a crawler, a reader with scripts off or a slow
// phone that has not hydrated yet gets. Next's bare error shell (<html id="__next_error__">) is
// blank until its scripts run, so every 404 must be the server-rendered, styled page instead.
const baseUrl = process.env.TEST_BASE_URL!;

async function page(path: string) {
  const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: await res.text() };
}

function expectStyledNotFound(path: string, res: { status: number; html: string }) {
  expect(res.status, path).toBe(404);
  expect(res.html, path).not.toContain('__next_error__');
  // The site header with its section navigation, the message, the way onwards and the footer.
  expect(res.html, path).toMatch(/<nav[^>]*aria-label="Sections"/);
  expect(res.html, path).toContain('href="/city"');
  expect(res.html, path).toContain('We can’t find that page');
  expect(h1Count(res.html), path).toBe(1);
  expect(res.html, path).toContain('Go to the homepage');
  expect(res.html, path).toMatch(/<form[^>]*action="\/search"/);
  expect(res.html, path).toMatch(/<footer[\s>]/);
  expect(res.html, path).toMatch(/<meta name="robots" content="noindex/);
}

describe('404 pages without JavaScript', () => {
  it('a URL that matches no route is the styled page (the reference)', async () => {
    expectStyledNotFound('/no/such/page', await page('/no/such/page'));
  });

  it('an unknown article under a real section, and under an unknown one', async () => {
    for (const path of ['/city/no-such-story', '/business/this-story-does-not-exist', '/no-such-section/no-such-story']) {
      expectStyledNotFound(path, await page(path));
    }
  });

  it('unknown sections, authors and tags, and listing pages past the end', async () => {
    const paths = [
      '/no-such-section',
      '/city?page=999',
      '/author/nobody-at-all',
      '/author/amara-okafor?page=999',
      '/tag/no-such-topic',
      '/tag/housing?page=999',
      '/latest?page=999',
      // Garbage spellings share the one cached 404 (proxy.ts rewrites them to /not-found).
      '/city/%E2%98%83',
    ];
    for (const path of paths) expectStyledNotFound(path, await page(path));
  });

  it('a second request (served from the page cache) is the same page', async () => {
    for (const path of ['/city/no-such-story', '/author/nobody-at-all']) {
      await page(path);
      expectStyledNotFound(`${path} (cached)`, await page(path));
    }
  });

  it('feeds of unknown sections and authors say so in plain text', async () => {
    for (const path of ['/feeds/section/no-such-section/rss.xml', '/feeds/section/no-such-section/atom.xml', '/feeds/author/nobody-at-all/rss.xml', '/feeds/author/nobody-at-all/atom.xml']) {
      const res = await page(path);
      expect(res.status, path).toBe(404);
      expect(res.type, path).toContain('text/plain');
      expect(res.html, path).toBe('No such feed.');
    }
  });
});
