import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { FeedArticle } from '@/db/queries/public-articles';
import { env } from '@/lib/env';
import { renderFeed, type LoadedFeed } from './build-feed';

// Everything a staff member can type that ends up in a feed, made as hostile to XML as possible:
// markup, entities, a CDATA terminator (twice), quotes, and characters XML forbids outright.
const HOSTILE = 'Fans <3 Athletic & "friends" \'n\' ]]> more ]]> <![CDATA[ &amp; &#0; \u0001\uFFFE end';
const CLEAN = HOSTILE.replace(/[\u0001\uFFFE]/g, '');

function hostileArticle(id: number): FeedArticle {
  return {
    id,
    slug: `story-${id}`,
    title: `Headline ${HOSTILE}`,
    standfirst: `Standfirst ${HOSTILE}`,
    publishedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    section: { slug: 'culture', name: `Culture ${HOSTILE}` },
    author: { slug: 'amara-okafor', name: `Amara ${HOSTILE}` },
    hero: null,
    body: '<p>Body with <a href="/latest">a link</a> and text ]]> that ends CDATA, twice ]]>.</p>',
    tags: [
      { slug: 'fans-3-athletic', name: 'Fans <3 Athletic' },
      { slug: 'hostile', name: `Tag ${HOSTILE}` },
    ],
  };
}

const loaded: LoadedFeed = {
  links: { title: `Culture ${HOSTILE}`, rss: '/feeds/section/culture/rss.xml', atom: '/feeds/section/culture/atom.xml' },
  title: `Culture ${HOSTILE} | The Northgate Chronicle`,
  description: `Section description ${HOSTILE}`,
  pagePath: '/culture',
  articles: [hostileArticle(1), hostileArticle(2)],
};

async function wellFormedErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'format' });
  return result.errors.map((e) => e.message);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'item', 'category', 'link'].includes(name) });
type Parsed = Record<string, unknown> & { '#text'?: string };

// Issue 16 point 5: "Fans <3 Athletic" as a tag name made /feeds/section/culture/atom.xml invalid XML.
describe('feeds with hostile names in every field', () => {
  it.each(['atom', 'rss'] as const)('%s is well-formed XML', async (format) => {
    const xml = renderFeed(loaded, format);
    expect(await wellFormedErrors(xml)).toEqual([]);
    expect(xml).not.toContain('\u0001');
  });

  it('Atom reads back every field as written (HTML-declared fields as escaped HTML)', () => {
    const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const feed = (parser.parse(renderFeed(loaded, 'atom')) as { feed: Record<string, unknown> }).feed;
    expect(feed.title).toBe(`Culture ${CLEAN} | The Northgate Chronicle`);
    expect(feed.subtitle).toBe(`Section description ${CLEAN}`);
    const entry = (feed.entry as Record<string, Parsed>[])[0]!;
    expect(entry.title!['#text']).toBe(html(`Headline ${CLEAN}`));
    expect(entry.summary!['#text']).toBe(html(`Standfirst ${CLEAN}`));
    expect(entry.content!['#text']).toContain(`<a href="${env().siteUrl}/latest">a link</a> and text ]]&gt; that ends CDATA, twice ]]&gt;.`);
    expect((entry.author as unknown as Record<string, string>).name).toBe(`Amara ${CLEAN}`);
    expect((entry.category as unknown as Record<string, string>[]).map((c) => c['@label'])).toEqual(['Fans <3 Athletic', `Tag ${CLEAN}`]);
  });

  it('RSS reads back every field as written', () => {
    const channel = (parser.parse(renderFeed(loaded, 'rss')) as { rss: { channel: Record<string, unknown> } }).rss.channel;
    expect(channel.title).toBe(`Culture ${CLEAN} | The Northgate Chronicle`);
    expect(channel.description).toBe(`Section description ${CLEAN}`);
    const item = (channel.item as Record<string, unknown>[])[0]!;
    expect(item.title).toBe(`Headline ${CLEAN}`);
    expect(item['dc:creator']).toBe(`Amara ${CLEAN}`);
    expect(item.category).toEqual(['Fans <3 Athletic', `Tag ${CLEAN}`]);
    expect(item['content:encoded']).toContain('and text ]]&gt; that ends CDATA, twice ]]&gt;.</p>');
  });
});
