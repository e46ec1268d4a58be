import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { closeConnection, db } from '@/db/client';
import { findOrCreateTag } from '@/db/mutations/taxonomy';
import { tags } from '@/db/schema';
import { getFeedArticles } from '@/db/queries/public-articles';
import { getSectionBySlug } from '@/db/queries/taxonomy';
import { cleanupArticles, makeArticle, sectionBySlug, uniqueSlug } from '@/testing/fixtures';
import { links } from '@/testing/html';

const baseUrl = process.env.TEST_BASE_URL!;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Atom has several <link>s per feed and entry; RSS has exactly one per channel and item.
  isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || (name === 'link' && String(jpath).startsWith('feed.')),
});
// RFC 822 dates as RSS 2.0 requires, e.g. "Tue, 03 Mar 2026 10:00:00 GMT".
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

const madeTags: number[] = [];

afterAll(async () => {
  await cleanupArticles();
  for (const id of madeTags) await db().delete(tags).where(eq(tags.id, id));
  await closeConnection();
});

async function feed(path: string, type: RegExp) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type'), path).toMatch(type);
  return res.text();
}

type Rss = { rss: { '@version': string; channel: Record<string, unknown> & { item?: Record<string, unknown>[] } } };
type Atom = { feed: Record<string, unknown> & { entry?: Record<string, unknown>[] } };

async function rss(path: string) {
  return parser.parse(await feed(path, /^application\/rss\+xml; charset=utf-8$/)) as Rss;
}
async function atom(path: string) {
  return parser.parse(await feed(path, /^application\/atom\+xml; charset=utf-8$/)) as Atom;
}

function expectValidRss(doc: Rss, expected: { link: string; urls: string[] }) {
  expect(doc.rss['@version']).toBe('2.0');
  const channel = doc.rss.channel;
  // RSS 2.0 required channel elements.
  expect(channel.title).toEqual(expect.any(String));
  expect(channel.link).toBe(expected.link);
  expect(channel.description).toEqual(expect.any(String));
  const items = channel.item ?? [];
  expect(items.map((i) => i.link)).toEqual(expected.urls);
  for (const item of items) {
    expect(item.title).toEqual(expect.any(String));
    expect((item.guid as Record<string, string>)['#text']).toMatch(/^tag:[^,]+,2026:article:\d+$/);
    expect((item.guid as Record<string, string>)['@isPermaLink']).toBe('false');
    expect(item.pubDate).toMatch(RFC822);
    expect(item['dc:creator']).toEqual(expect.any(String));
    expect(item.description).toEqual(expect.any(String));
    expect(item['content:encoded']).toEqual(expect.any(String));
    expect(item.author).toBeUndefined();
  }
  return items;
}

function expectValidAtom(doc: Atom, expected: { selfPath: string; urls: string[] }) {
  const f = doc.feed;
  expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  // RFC 4287 4.1.1: id, title and updated are required; a self link is recommended.
  expect(f.id).toEqual(expect.any(String));
  expect(f.title).toEqual(expect.any(String));
  expect(f.updated).toMatch(RFC3339);
  expect((f.link as Record<string, string>[]).some((l) => l['@rel'] === 'self' && l['@href'] === `${baseUrl}${expected.selfPath}`)).toBe(true);
  const entries = f.entry ?? [];
  expect(entries.map((e) => (e.link as Record<string, string>[]).find((l) => !l['@rel'])!['@href'])).toEqual(expected.urls);
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:/);
    expect((e.title as Record<string, string>)['#text']).toEqual(expect.any(String));
    expect(e.updated).toMatch(RFC3339);
    expect(e.published).toMatch(RFC3339);
    expect((e.author as Record<string, string>).name).toEqual(expect.any(String));
    expect(e.summary).toBeDefined();
    for (const c of (e.category as Record<string, string>[] | undefined) ?? []) expect(c['@term']).toEqual(expect.any(String));
  }
  return entries;
}

describe('feeds', () => {
  it('the site RSS and Atom feeds carry the 50 newest stories with every item field', async () => {
    const newest = await getFeedArticles({ kind: 'all' }, 50);
    const urls = newest.map((a) => `${baseUrl}/${a.section.slug}/${a.slug}`);
    const items = expectValidRss(await rss('/feeds/rss.xml'), { link: `${baseUrl}/`, urls });
    const withHero = items.find((i) => i.enclosure)!;
    const enclosure = withHero.enclosure as Record<string, string>;
    expect(enclosure['@type']).toBe('image/webp');
    expect(enclosure['@url']).toMatch(new RegExp(`^${baseUrl}/media/`));
    expect(enclosure['@length']).toBe('0');
    expect((await fetch(enclosure['@url']!)).status).toBe(200);

    const entries = expectValidAtom(await atom('/feeds/atom.xml'), { selfPath: '/feeds/atom.xml', urls });
    expect(entries.some((e) => (e.link as Record<string, string>[]).some((l) => l['@rel'] === 'enclosure' && l['@type'] === 'image/webp'))).toBe(true);
  });

  it('section and author feeds hold only their own stories; unknown ones are 404', async () => {
    const section = (await getSectionBySlug('science'))!;
    const sectionUrls = (await getFeedArticles({ kind: 'section', id: section.id }, 50)).map((a) => `${baseUrl}/${a.section.slug}/${a.slug}`);
    expect(sectionUrls.length).toBeGreaterThan(0);
    expectValidRss(await rss('/feeds/section/science/rss.xml'), { link: `${baseUrl}/science`, urls: sectionUrls });
    expectValidAtom(await atom('/feeds/section/science/atom.xml'), { selfPath: '/feeds/section/science/atom.xml', urls: sectionUrls });
    const byAuthor = await rss('/feeds/author/amara-okafor/rss.xml');
    for (const item of byAuthor.rss.channel.item ?? []) expect(item['dc:creator']).toBe('Amara Okafor');
    expect((byAuthor.rss.channel.item ?? []).length).toBeGreaterThan(0);
    await atom('/feeds/author/amara-okafor/atom.xml');
    for (const path of ['/feeds/section/no-such-section/rss.xml', '/feeds/author/nobody-here/atom.xml', '/feeds/section/BAD%20slug/rss.xml']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
  });

  it('a newly published story leads the feeds at once, its headline escaped, body links absolute', async () => {
    const headline = `Fees & <rates> "rise" ]]> ${uniqueSlug('f')}`;
    const story = await makeArticle('published', { title: headline, body: '<p>See <a href="/latest">all stories</a>.</p>' });
    const items = (await rss('/feeds/rss.xml')).rss.channel.item!;
    expect(items[0]!.title).toBe(headline);
    expect(items[0]!.link).toBe(`${baseUrl}/city/${story.slug}`);
    expect(items[0]!['content:encoded']).toContain(`href="${baseUrl}/latest"`);
    const entries = (await atom('/feeds/section/city/atom.xml')).feed.entry!;
    // Atom titles are declared HTML, so the markup-like text arrives escaped and reads back as the headline.
    expect((entries[0]!.title as Record<string, string>)['#text']).toBe(headline.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  });

  // Issue 16 point 5: a tag named "Fans <3 Athletic" made this very feed invalid XML.
  it('stay well-formed XML with markup-like tag and headline text', async () => {
    const slug = uniqueSlug('fans');
    const { id: tagId } = await findOrCreateTag(`Fans <3 Athletic & "co" ]]> ${slug.slice(-6)}`, slug);
    madeTags.push(tagId);
    await makeArticle('published', { title: `Fans <3 ]]> & more ]]> ${slug}`, sectionId: (await sectionBySlug('culture')).id, tagIds: [tagId] });
    for (const path of ['/feeds/section/culture/atom.xml', '/feeds/section/culture/rss.xml', '/feeds/atom.xml', '/feeds/rss.xml']) {
      const xml = await feed(path, /^application\/(atom|rss)\+xml; charset=utf-8$/);
      expect(xml, path).toContain('Fans &lt;3 Athletic');
      const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'format' });
      expect(result.errors.map((e) => e.message), path).toEqual([]);
    }
  });

  it('every public page links the site feed; the footer offers it as "RSS feed"', async () => {
    const html = await (await fetch(`${baseUrl}/latest`)).text();
    expect(links(html)).toContainEqual(
      expect.objectContaining({ rel: 'alternate', type: 'application/rss+xml', href: `${baseUrl}/feeds/rss.xml`, title: expect.any(String) }),
    );
    expect(html).toMatch(/<a href="\/feeds\/rss\.xml"[^>]*>RSS feed<\/a>/);
  });
});
