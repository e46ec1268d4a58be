import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { getLatestArticles, getPublishedArticle } from '@/db/queries/public-articles';
import type { ArticleDetail } from '@/db/queries/types';
import { cleanupArticles, makeArticle, uniqueSlug } from '@/testing/fixtures';
import { canonical, jsonLd, jsonLdBlocks, links, meta, metaAll, title } from '@/testing/html';

const baseUrl = process.env.TEST_BASE_URL!;
const ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

async function page(path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
}

type Node = Record<string, unknown>;
const ofType = (nodes: Node[], type: string) => nodes.find((n) => n['@type'] === type);

describe('an article page', () => {
  let article: ArticleDetail;
  let path: string;
  beforeAll(async () => {
    const lead = (await getLatestArticles(1))[0]!;
    article = (await getPublishedArticle(lead.slug))!;
    path = `/${article.section.slug}/${article.slug}`;
  });

  it('has NewsArticle JSON-LD with every property Google asks for, of the right types', async () => {
    const html = await page(path);
    const nodes = jsonLd(html);
    const news = ofType(nodes, 'NewsArticle')!;
    expect(news['@context']).toBe('https://schema.org');
    expect(news.headline).toBe(article.title);
    expect(news.description).toBe(article.standfirst);
    expect(typeof news.description).toBe('string');

    const images = news.image as Node[];
    expect(images).toHaveLength(3);
    const ratios = images.map((img) => {
      expect(img['@type']).toBe('ImageObject');
      expect(img.url).toMatch(new RegExp(`^${baseUrl}/media/`));
      expect(Number(img.width)).toBeGreaterThanOrEqual(1200);
      return Number(img.width) / Number(img.height);
    });
    expect(ratios.map((r) => r.toFixed(3))).toEqual([(16 / 9).toFixed(3), (4 / 3).toFixed(3), '1.000']);
    for (const img of images) expect((await fetch(img.url as string)).status, img.url as string).toBe(200);

    expect(news.datePublished).toMatch(ISO_WITH_ZONE);
    expect(news.dateModified).toMatch(ISO_WITH_ZONE);
    expect(Date.parse(news.datePublished as string)).toBe(Date.parse(article.publishedAt));
    expect(Date.parse(news.dateModified as string)).toBeGreaterThanOrEqual(Date.parse(news.datePublished as string));

    expect(news.author).toEqual([{ '@type': 'Person', name: article.author.name, url: `${baseUrl}/author/${article.author.slug}` }]);
    const publisher = news.publisher as Node;
    expect(publisher['@type']).toBe('Organization');
    expect(publisher.name).toBe('The Northgate Chronicle');
    const logo = publisher.logo as Node;
    expect(logo['@type']).toBe('ImageObject');
    expect(Number(logo.width)).toBeGreaterThanOrEqual(112);
    const logoRes = await fetch(logo.url as string);
    expect(logoRes.status).toBe(200);
    expect(logoRes.headers.get('content-type')).toBe('image/png');

    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${baseUrl}${path}` });
    expect(news.articleSection).toBe(article.section.name);
    expect(news.keywords).toEqual(article.tags.map((t) => t.name));
    expect((news.keywords as string[]).length).toBeGreaterThan(0);
    expect(news.isAccessibleForFree).toBe(true);

    const crumbs = ofType(nodes, 'BreadcrumbList')!;
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${baseUrl}/` },
      { '@type': 'ListItem', position: 2, name: article.section.name, item: `${baseUrl}/${article.section.slug}` },
      { '@type': 'ListItem', position: 3, name: article.title, item: `${baseUrl}${path}` },
    ]);
  });

  it('has title, description, canonical, Open Graph article tags, a large Twitter card and feed links', async () => {
    const html = await page(path);
    expect(title(html)).toBe(`${article.seoTitle || article.title} | The Northgate Chronicle`);
    expect(meta(html, 'description')).toBe(article.standfirst);
    expect(canonical(html)).toBe(`${baseUrl}${path}`);
    expect(meta(html, 'robots')).toContain('max-image-preview:large');
    expect(meta(html, 'robots')).toMatch(/^index, follow/);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:url')).toBe(`${baseUrl}${path}`);
    expect(meta(html, 'og:site_name')).toBe('The Northgate Chronicle');
    expect(meta(html, 'og:locale')).toBe('en_GB');
    expect(meta(html, 'og:image')).toMatch(new RegExp(`^${baseUrl}/media/.+/og\\.jpg$`));
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(Number(meta(html, 'og:image:height'))).toBeGreaterThan(0);
    expect(Date.parse(meta(html, 'article:published_time')!)).toBe(Date.parse(article.publishedAt));
    expect(meta(html, 'article:modified_time')).toMatch(ISO_WITH_ZONE);
    expect(meta(html, 'article:section')).toBe(article.section.name);
    expect(metaAll(html, 'article:tag')).toEqual(article.tags.map((t) => t.name));
    expect(meta(html, 'article:author')).toBe(`${baseUrl}/author/${article.author.slug}`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const feeds = links(html).filter((l) => l.rel === 'alternate').map((l) => `${l.type} ${l.href}`);
    expect(feeds).toEqual(
      expect.arrayContaining([
        `application/rss+xml ${baseUrl}/feeds/rss.xml`,
        `application/atom+xml ${baseUrl}/feeds/atom.xml`,
        `application/rss+xml ${baseUrl}/feeds/section/${article.section.slug}/rss.xml`,
      ]),
    );
  });

  it('keeps a headline containing </script><script> inside its JSON-LD, as data', async () => {
    const headline = `Harbour </script><script>window.__pwned=1</script> & "quotes" ${uniqueSlug('x')}`;
    const story = await makeArticle('published', { title: headline });
    const html = await page(`/city/${story.slug}`);
    expect(html).not.toContain('<script>window.__pwned');
    const blocks = jsonLdBlocks(html);
    expect(blocks.length).toBe(2);
    const news = blocks.map((b) => JSON.parse(b) as Node).find((n) => n['@type'] === 'NewsArticle')!;
    expect(news.headline).toBe(headline);
  });
});

describe('other public pages', () => {
  it('the homepage carries WebSite with a SearchAction, and Organization with a logo', async () => {
    const html = await page('/');
    const nodes = jsonLd(html);
    const site = ofType(nodes, 'WebSite')!;
    expect(site.url).toBe(`${baseUrl}/`);
    const action = site.potentialAction as Node;
    expect(action['@type']).toBe('SearchAction');
    expect((action.target as Node).urlTemplate).toBe(`${baseUrl}/search?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
    const org = ofType(nodes, 'Organization')!;
    expect(org.name).toBe('The Northgate Chronicle');
    expect((org.logo as Node).url).toBe(`${baseUrl}/brand/logo.png`);
    // Next writes the root URL without its slash; it is the same URL.
    expect(new URL(canonical(html)!).href).toBe(`${baseUrl}/`);
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:image:width')).toBe('1200');
  });

  it('listing pages describe themselves, link their own feed, and each page has its own canonical and title', async () => {
    const city = await page('/city');
    expect(meta(city, 'description')).toMatch(/Council decisions/);
    expect(links(city).some((l) => l.rel === 'alternate' && l.href === `${baseUrl}/feeds/section/city/atom.xml`)).toBe(true);
    const author = await page('/author/amara-okafor');
    expect(links(author).some((l) => l.rel === 'alternate' && l.href === `${baseUrl}/feeds/author/amara-okafor/rss.xml`)).toBe(true);
    const first = await page('/latest');
    const second = await page('/latest?page=2');
    expect(canonical(first)).toBe(`${baseUrl}/latest`);
    expect(canonical(second)).toBe(`${baseUrl}/latest?page=2`);
    expect(title(second)).not.toBe(title(first));
  });

  it('search results and the newsroom are noindex', async () => {
    expect(meta(await page('/search?q=harbour'), 'robots')).toMatch(/noindex/);
    expect(meta(await page('/search'), 'robots')).toMatch(/noindex/);
    expect(meta(await page('/login'), 'robots')).toMatch(/noindex/);
  });
});
