import { expect, test } from '@playwright/test';
import { anchors, canonical, h1Count, jsonLd, meta, title } from '../testing/html';

const LIMIT = 200;
const CONCURRENCY = 4;

type Problem = { url: string; problem: string };

/** Article pages are /<section>/<slug>; author and tag pages share the shape but are listings. */
function isArticlePath(path: string): boolean {
  return /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(path) && !/^\/(author|tag|feeds|sitemaps|brand|media)\//.test(path);
}

function checkNewsArticle(nodes: Record<string, unknown>[], path: string, problems: Problem[]) {
  const news = nodes.find((n) => n['@type'] === 'NewsArticle');
  if (!news) return problems.push({ url: path, problem: 'no NewsArticle JSON-LD' });
  const images = news.image as { url?: string; width?: string }[] | undefined;
  const author = (news.author as { '@type'?: string; name?: string; url?: string }[] | undefined)?.[0];
  const publisher = news.publisher as { '@type'?: string; name?: string; logo?: { url?: string } } | undefined;
  const checks: [boolean, string][] = [
    [news['@context'] === 'https://schema.org', '@context'],
    [typeof news.headline === 'string' && news.headline.length > 0, 'headline'],
    [typeof news.description === 'string', 'description'],
    [Array.isArray(images) && images.length === 3 && images.every((i) => Number(i.width) >= 1200 && /^https?:\/\//.test(i.url ?? '')), 'image crops'],
    [!Number.isNaN(Date.parse(String(news.datePublished))) && /(Z|[+-]\d\d:\d\d)$/.test(String(news.datePublished)), 'datePublished'],
    [!Number.isNaN(Date.parse(String(news.dateModified))) && /(Z|[+-]\d\d:\d\d)$/.test(String(news.dateModified)), 'dateModified'],
    [author?.['@type'] === 'Person' && !!author.name && /\/author\//.test(author.url ?? ''), 'author'],
    [publisher?.['@type'] === 'Organization' && !!publisher.name && !!publisher.logo?.url, 'publisher'],
    [(news.mainEntityOfPage as { '@id'?: string } | undefined)?.['@id']?.endsWith(path) === true, 'mainEntityOfPage'],
    [typeof news.articleSection === 'string', 'articleSection'],
    [Array.isArray(news.keywords), 'keywords'],
    [news.isAccessibleForFree === true, 'isAccessibleForFree'],
  ];
  for (const [ok, what] of checks) if (!ok) problems.push({ url: path, problem: `NewsArticle ${what}` });
}

test('a crawl from the homepage finds only healthy, well-described pages and no broken links', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const queue: string[] = ['/'];
  const seen = new Set<string>(queue);
  const referrer = new Map<string, string>();
  // Titles of listing pages by canonical URL (stories written by other suites may share headlines).
  const listingTitles = new Map<string, string>();
  const problems: Problem[] = [];
  let pages = 0;
  let articles = 0;

  const visit = async (path: string) => {
    const res = await request.get(path, { maxRedirects: 0 });
    const status = res.status();
    if (status === 301 || status === 308) {
      const target = new URL(res.headers()['location']!, origin);
      if (target.origin !== origin) return problems.push({ url: path, problem: `redirects off-site to ${target}` });
      enqueue(target.pathname + target.search, path);
      return;
    }
    if (status !== 200) {
      // Other suites publish and delete stories while this runs: a link is only broken if the page
      // that showed it still does.
      const from = referrer.get(path);
      if (from && status === 404) {
        const again = await (await request.get(from)).text();
        if (!anchors(again).some((a) => a.href === path)) return;
      }
      return problems.push({ url: path, problem: `status ${status}${from ? ` (linked from ${from})` : ''}` });
    }
    if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) return;
    pages++;
    const html = await res.text();
    if (h1Count(html) !== 1) problems.push({ url: path, problem: `${h1Count(html)} h1 elements` });
    if (!title(html)) problems.push({ url: path, problem: 'no title' });
    if (!meta(html, 'description')) problems.push({ url: path, problem: 'no meta description' });
    const canon = canonical(html);
    if (!canon || new URL(canon).origin !== origin) problems.push({ url: path, problem: `canonical ${canon}` });
    if (!isArticlePath(path) && canon && title(html)) listingTitles.set(canon, title(html)!);
    if (isArticlePath(path)) {
      articles++;
      checkNewsArticle(jsonLd(html), path, problems);
    }
    for (const a of anchors(html)) {
      // A polite crawler skips nofollow links (staff sign-in) and fragments of the same page.
      if (a.rel.split(/\s+/).includes('nofollow') || a.href.startsWith('#') || a.href === '') continue;
      const url = new URL(a.href, `${origin}${path}`);
      if (url.origin !== origin) continue;
      enqueue(url.pathname + url.search, path);
    }
  };

  function enqueue(path: string, from: string) {
    if (seen.has(path) || seen.size >= LIMIT) return;
    seen.add(path);
    referrer.set(path, from);
    queue.push(path);
  }

  while (queue.length) {
    const batch = queue.splice(0, CONCURRENCY);
    await Promise.all(batch.map(visit));
  }

  const byTitle = new Map<string, string[]>();
  for (const [canon, t] of listingTitles) byTitle.set(t, [...(byTitle.get(t) ?? []), canon]);
  for (const [t, canons] of byTitle) if (canons.length > 1) problems.push({ url: canons.join(' '), problem: `shared title "${t}"` });

  expect(problems).toEqual([]);
  expect(pages).toBeGreaterThan(50);
  expect(articles).toBeGreaterThan(10);
});
