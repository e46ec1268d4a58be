import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { transitionArticle, updateArticle } from '@/db/mutations/articles';
import { getArticleRow } from '@/db/queries/article-rows';
import { publishedArticlesBefore } from '@/db/queries/public-articles';
import { sectionSitemapEntries } from '@/db/queries/sitemaps';
import { deleteBulkArticles, insertBulkArticles } from '@/testing/bulk-articles';
import { cleanupArticles, makeArticle, uniqueSlug } from '@/testing/fixtures';
import { schemaErrors } from '@/testing/xml-schemas';
import { buildSitemapFile } from './sitemaps';
import { commit } from '@/lib/changes/pipeline';

const baseUrl = process.env.TEST_BASE_URL!;
const HOUR = 3_600_000;
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

async function get(path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function xml(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.type, path).toMatch(/^application\/xml/);
  return res.text;
}

function locs(doc: string): string[] {
  const parsed = parser.parse(doc);
  return (parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? []).map((u: { loc: string }) => u.loc);
}

/** Every published story's URL, straight from the database (keyset walk). */
async function allPublishedUrls(): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  let cursor: { publishedAt: Date; id: number } | null = null;
  for (;;) {
    const batch = await publishedArticlesBefore(cursor, 500);
    for (const a of batch) out.set(`${baseUrl}/${a.section.slug}/${a.slug}`, new Date(a.publishedAt));
    const last = batch[batch.length - 1];
    if (!last) return out;
    cursor = { publishedAt: new Date(last.publishedAt), id: last.id };
  }
}

async function newsUrls(): Promise<string[]> {
  return locs(await xml('/news-sitemap.xml'));
}

async function recentUrls(): Promise<Set<string>> {
  const cutoff = Date.now() - 48 * HOUR;
  return new Set([...(await allPublishedUrls())].filter(([, at]) => at.getTime() > cutoff).map(([url]) => url));
}

describe('robots.txt', () => {
  it('allows the site, keeps crawlers out of the newsroom, API and search, and names both sitemaps', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    const lines = res.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /dashboard/', 'Disallow: /api/', 'Disallow: /search?']));
    expect(lines).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${baseUrl}/news-sitemap.xml`);
  });
});

describe('sitemaps', () => {
  it('the index and every sitemap it lists validate, and together list each published story once', async () => {
    const index = await xml('/sitemap.xml');
    expect(await schemaErrors(index, 'siteindex')).toEqual([]);
    const files = locs(index);
    expect(files).toEqual(expect.arrayContaining([`${baseUrl}/sitemaps/sections.xml`, `${baseUrl}/sitemaps/authors.xml`, `${baseUrl}/sitemaps/tags.xml`]));
    const articleFiles = files.filter((f) => /\/sitemaps\/articles-\d{4}-\d{2}\.xml$/.test(f));
    expect(articleFiles.length).toBeGreaterThanOrEqual(1);
    for (const entry of parser.parse(index).sitemapindex.sitemap) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const listed: string[] = [];
    for (const file of files) {
      const doc = await xml(file.slice(baseUrl.length));
      expect(await schemaErrors(doc, 'sitemap'), file).toEqual([]);
      if (articleFiles.includes(file)) listed.push(...locs(doc));
      else for (const loc of locs(doc)) expect(loc.startsWith(`${baseUrl}/`), loc).toBe(true);
    }
    const published = await allPublishedUrls();
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(published.keys()));

    const sections = locs(await xml('/sitemaps/sections.xml'));
    expect(sections).toEqual(expect.arrayContaining([`${baseUrl}/`, `${baseUrl}/latest`, `${baseUrl}/city`, `${baseUrl}/opinion`]));
    expect(locs(await xml('/sitemaps/authors.xml'))).toContain(`${baseUrl}/author/amara-okafor`);
    expect(locs(await xml('/sitemaps/tags.xml')).length).toBeGreaterThan(3);
  });

  it('unknown sitemap names and parts past the end are 404', async () => {
    for (const path of ['/sitemaps/articles-1999-01.xml', '/sitemaps/articles-2026-13.xml', '/sitemaps/tags-9.xml', '/sitemaps/nope.xml']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('a month above the per-file limit is split into parts that together hold it exactly once', async () => {
    const index = locs(await xml('/sitemap.xml'));
    const month = /articles-(\d{4}-\d{2})\.xml$/.exec(index.find((f) => /articles-\d{4}-\d{2}\.xml$/.test(f))!)![1]!;
    const whole = locs(await (await buildSitemapFile(`articles-${month}.xml`)).text());
    expect(whole.length).toBeGreaterThan(3);
    const parts: string[] = [];
    for (let part = 1; ; part++) {
      const res = await buildSitemapFile(`articles-${month}${part > 1 ? `-${part}` : ''}.xml`, { maxUrls: 3 });
      if (res.status === 404) break;
      const doc = await res.text();
      expect(await schemaErrors(doc, 'sitemap')).toEqual([]);
      const urls = locs(doc);
      expect(urls.length).toBeLessThanOrEqual(3);
      parts.push(...urls);
    }
    expect(parts).toEqual(whole);
  });
});

describe('Google News sitemap', () => {
  it('lists exactly the stories published in the last 48 hours, with publication, date and title', async () => {
    const fresh = await makeArticle('published', { title: `Fresh & "new" <story> ${uniqueSlug('t')}` }, new Date(Date.now() - 47 * HOUR));
    const old = await makeArticle('published', {}, new Date(Date.now() - 49 * HOUR));
    const draft = await makeArticle('draft');

    const before = await recentUrls();
    const doc = await xml('/news-sitemap.xml');
    const after = await recentUrls();
    expect(await schemaErrors(doc, 'news')).toEqual([]);

    const listed = new Set(locs(doc));
    // Stories crossing the 48-hour line during the test may be on either side; nothing else may differ.
    for (const url of after) expect(listed.has(url), url).toBe(true);
    for (const url of listed) expect(before.has(url), url).toBe(true);
    const urlOf = (slug: string) => [...listed].find((u) => u.endsWith(`/${slug}`));
    expect(urlOf(fresh.slug)).toBeDefined();
    expect(urlOf(old.slug)).toBeUndefined();
    expect(urlOf(draft.slug)).toBeUndefined();

    const entry = (parser.parse(doc).urlset.url as { loc: string; 'news:news': Record<string, unknown> }[]).find((u) => u.loc.endsWith(fresh.slug))!;
    const news = entry['news:news'] as Record<string, Record<string, string> | string>;
    expect(news['news:publication']).toEqual({ 'news:name': 'The Northgate Chronicle', 'news:language': 'en' });
    expect(news['news:publication_date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(news['news:publication_date'] as string) - (Date.now() - 47 * HOUR))).toBeLessThan(10 * 60_000);
    expect(news['news:title']).toContain('Fresh & "new" <story>');
    expect(doc).toContain('Fresh &amp; &quot;new&quot; &lt;story&gt;');
  });

  it('publishing and unpublishing change it, and the monthly sitemap, on the very next request', async () => {
    const story = await makeArticle('draft');
    expect((await newsUrls()).some((u) => u.endsWith(`/${story.slug}`))).toBe(false);
    await commit(transitionArticle(story.id, { to: 'published' }, { editorId: null }));
    expect((await newsUrls()).some((u) => u.endsWith(`/${story.slug}`))).toBe(true);
    const month = new Date().toISOString().slice(0, 7);
    expect(locs(await xml(`/sitemaps/articles-${month}.xml`)).some((u) => u.endsWith(`/${story.slug}`))).toBe(true);

    await commit(transitionArticle(story.id, { to: 'draft' }, { editorId: null }));
    expect((await newsUrls()).some((u) => u.endsWith(`/${story.slug}`))).toBe(false);
    expect(locs(await xml(`/sitemaps/articles-${month}.xml`)).some((u) => u.endsWith(`/${story.slug}`))).toBe(false);
  });

  it('holds at most 1 000 stories, the newest', async () => {
    const prefix = uniqueSlug('bulk');
    await insertBulkArticles(prefix, 1005, 'sport');
    try {
      const doc = await xml('/news-sitemap.xml');
      const urls = locs(doc);
      expect(urls.length).toBe(1000);
      expect(urls[0]).toBe(`${baseUrl}/sport/${prefix}-1`);
      expect(urls).not.toContain(`${baseUrl}/sport/${prefix}-1001`);
      expect(await schemaErrors(doc, 'news')).toEqual([]);
    } finally {
      await deleteBulkArticles(prefix, 'sport');
    }
    expect((await newsUrls()).some((u) => u.includes(prefix))).toBe(false);
  });

  it("dates a section by the latest change among its newest stories, so an edit deep in the archive leaves it alone", async () => {
    const cityLastmod = async () => (await sectionSitemapEntries()).find((e) => e.slug === 'city')!.lastModified!.getTime();
    const old = await makeArticle('published', {}, new Date(Date.now() - 900 * 24 * HOUR));
    // Enough newer stories that the old one is off the section's first page.
    for (let i = 0; i < 12; i++) await makeArticle('published', {}, new Date(Date.now() - i * HOUR));
    const before = await cityLastmod();
    const row = (await getArticleRow(old.id))!;
    await commit(updateArticle(old.id, row.version, { ...row.fields, title: `${row.title} (corrected)` }, { editorId: null }));
    expect(await cityLastmod()).toBe(before);

    const fresh = await makeArticle('published', {});
    expect(await cityLastmod()).toBe((await getArticleRow(fresh.id))!.updatedAt.getTime());
  });
});

