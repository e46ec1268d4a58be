import { expect, test } from '@playwright/test';

test('odd page numbers give the first page or a 404, never a server error', async ({ request }) => {
  const first = await (await request.get('/latest')).text();
  const firstTitles = first.match(/<h2[^>]*><a href="[^"]+"/g)!.slice(0, 3);
  for (const value of ['abc', '0', '-1', '1', '%00', '1e9', '']) {
    const response = await request.get(`/latest?page=${value}`);
    expect(response.status(), value).toBe(200);
    const body = await response.text();
    for (const t of firstTitles) expect(body).toContain(t);
  }
  for (const path of ['/latest?page=99999', '/city?page=99999', '/author/amara-okafor?page=99999', '/tag/housing?page=99999']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('odd or hostile slugs give 404, never a server error', async ({ request }) => {
  const paths = [
    '/city/%00',
    '/city/..%2F..%2Fetc%2Fpasswd',
    `/city/${'a'.repeat(5000)}`,
    `/${'b'.repeat(5000)}`,
    '/author/%3Cscript%3E',
    '/tag/%E0%A4%A',
    '/city/a%20b',
    '/no-such-section',
    '/no-such-section/no-such-story',
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});
