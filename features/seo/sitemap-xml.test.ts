import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '@/testing/xml-schemas';
import { newsSitemapXml, parseSitemapFileName, partsFor, sitemapFileName, sitemapIndexXml, urlsetXml, type SitemapFile } from './sitemap-xml';
import { xmlEscape } from '@/lib/xml';

const nasty = `Rates & "fees" <rise> at O'Brien's \u0001 mill ]]> done`;

describe('sitemap XML', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(xmlEscape(nasty)).toBe('Rates &amp; &quot;fees&quot; &lt;rise&gt; at O&apos;Brien&apos;s  mill ]]&gt; done');
  });

  it('writes a urlset and an index that validate against the sitemaps.org schemas', async () => {
    const urlset = urlsetXml([
      { loc: 'https://news.example.com/city/a?x=1&y=2', lastmod: new Date('2026-03-01T10:00:00.123Z') },
      { loc: 'https://news.example.com/city/b' },
    ]);
    expect(urlset).toContain('<loc>https://news.example.com/city/a?x=1&amp;y=2</loc><lastmod>2026-03-01T10:00:00Z</lastmod>');
    expect(await schemaErrors(urlset, 'sitemap')).toEqual([]);
    const index = sitemapIndexXml([{ loc: 'https://news.example.com/sitemaps/sections.xml', lastmod: new Date() }]);
    expect(await schemaErrors(index, 'siteindex')).toEqual([]);
  });

  it('the schemas are strict: a bad date, an element out of order or a relative URL fail', async () => {
    expect(await schemaErrors(urlsetXml([{ loc: 'https://news.example.com/x' }]).replace('</loc>', '</loc><lastmod>yesterday</lastmod>'), 'sitemap')).not.toEqual([]);
    expect(await schemaErrors(urlsetXml([{ loc: '/x' }]), 'sitemap')).not.toEqual([]);
    const news = newsSitemapXml([{ loc: 'https://news.example.com/city/a', title: 'A', publishedAt: new Date() }], { name: 'N', language: 'en' });
    expect(await schemaErrors(news.replace(/<news:title>A<\/news:title>/, ''), 'news')).not.toEqual([]);
    expect(await schemaErrors(news.replace(/T(\d\d:\d\d:\d\d)Z/, 'T$1'), 'news')).not.toEqual([]);
    expect(await schemaErrors(news.replace('<news:language>en', '<news:language>english'), 'news')).not.toEqual([]);
  });

  it('writes a Google News sitemap that validates, with titles escaped', async () => {
    const xml = newsSitemapXml([{ loc: 'https://news.example.com/city/a', title: nasty, publishedAt: new Date('2026-03-01T10:00:00Z') }], {
      name: 'The Northgate & District Chronicle',
      language: 'en',
    });
    expect(await schemaErrors(xml, 'news')).toEqual([]);
    const parsed = new XMLParser().parse(xml);
    // A parser reads back the headline as written, minus the control character XML cannot carry.
    expect(parsed.urlset.url['news:news']['news:title']).toBe(nasty.replace('\u0001', ''));
    expect(parsed.urlset.url['news:news']['news:publication_date']).toBe('2026-03-01T10:00:00Z');
  });

  it('an empty News sitemap is a well-formed urlset with both namespaces', () => {
    const xml = newsSitemapXml([], { name: 'N', language: 'en' });
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toBeUndefined();
  });
});

describe('sitemap file names', () => {
  it('round-trip, with part 1 unnumbered', () => {
    const files: SitemapFile[] = [
      { kind: 'articles', month: '2026-03', part: 1 },
      { kind: 'articles', month: '2026-12', part: 3 },
      { kind: 'sections' },
      { kind: 'authors', part: 1 },
      { kind: 'tags', part: 12 },
    ];
    for (const f of files) expect(parseSitemapFileName(sitemapFileName(f))).toEqual(f);
    expect(sitemapFileName(files[0]!)).toBe('articles-2026-03.xml');
    expect(sitemapFileName(files[1]!)).toBe('articles-2026-12-3.xml');
  });

  it('refuse other spellings so each file has one URL', () => {
    for (const name of ['articles-2026-13.xml', 'articles-2026-03-1.xml', 'articles-2026-3.xml', 'sections-2.xml', 'tags-01.xml', 'tags.XML', '../x.xml', 'news.xml']) {
      expect(parseSitemapFileName(name), name).toBeNull();
    }
  });

  it('split at 50 000 URLs a file', () => {
    expect(partsFor(0)).toBe(1);
    expect(partsFor(50_000)).toBe(1);
    expect(partsFor(50_001)).toBe(2);
    expect(partsFor(7, 3)).toBe(3);
  });
});
