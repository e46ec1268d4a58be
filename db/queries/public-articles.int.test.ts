import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { setArticleTrashed } from '@/db/mutations/articles';
import { cleanupArticles, makeArticle, sectionBySlug } from '@/testing/fixtures';
import { planAtScale } from '@/testing/plan-at-scale';
import { commit } from '@/lib/changes/pipeline';
import {
  getLatestArticles,
  getLatestNewsSidebar,
  getPublishedArticle,
  getSectionLatest,
  latestCondition,
  listingCondition,
  listPublishedArticles,
  newestCards,
} from './public-articles';

const hidden: Record<string, string> = {};

beforeAll(async () => {
  for (const status of ['draft', 'pending_review', 'scheduled', 'archived'] as const) {
    hidden[status] = (await makeArticle(status)).slug;
  }
  const trashed = await makeArticle('published');
  await commit(setArticleTrashed(trashed.id, true, { editorId: null }));
  hidden.trashed = trashed.slug;
});

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

function isNewestFirst(items: { publishedAt: string; id: number }[]) {
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1]!;
    const cur = items[i]!;
    if (prev.publishedAt < cur.publishedAt || (prev.publishedAt === cur.publishedAt && prev.id < cur.id)) return false;
  }
  return true;
}

describe('public article queries', () => {
  it('never return drafts, pending, scheduled, archived or trashed articles', async () => {
    const all = await listPublishedArticles({ kind: 'all' }, 1, 1000);
    const slugs = new Set(all.items.map((a) => a.slug));
    for (const [status, slug] of Object.entries(hidden)) {
      expect(slugs.has(slug), status).toBe(false);
      expect(await getPublishedArticle(slug), status).toBeNull();
    }
    const latest = await getLatestArticles(100);
    for (const slug of Object.values(hidden)) expect(latest.map((a) => a.slug)).not.toContain(slug);
  });

  it('list newest first', async () => {
    const latest = await getLatestArticles(30);
    expect(latest.length).toBe(30);
    expect(isNewestFirst(latest)).toBe(true);
    const city = await sectionBySlug('city');
    const section = await getSectionLatest(city.id, 10);
    expect(section.every((a) => a.section.slug === 'city')).toBe(true);
    expect(isNewestFirst(section)).toBe(true);
  });

  it('paginate without gaps or repeats', async () => {
    const everything = await listPublishedArticles({ kind: 'all' }, 1, 1000);
    const pageSize = 7;
    const pages = [];
    for (let page = 1; page <= Math.ceil(everything.total / pageSize); page++) {
      const result = await listPublishedArticles({ kind: 'all' }, page, pageSize);
      expect(result.total).toBe(everything.total);
      expect(result.pages).toBe(Math.ceil(everything.total / pageSize));
      pages.push(...result.items.map((a) => a.id));
    }
    expect(pages).toEqual(everything.items.map((a) => a.id));
    const beyond = await listPublishedArticles({ kind: 'all' }, 9999, pageSize);
    expect(beyond.items).toEqual([]);
  });

  it('filter by section, author and tag', async () => {
    const sample = (await getLatestArticles(1))[0]!;
    const article = (await getPublishedArticle(sample.slug))!;
    // Published stories always have a section (only a draft may be without one).
    expect(article.sectionId).not.toBeNull();
    const bySection = await listPublishedArticles({ kind: 'section', id: article.sectionId! }, 1, 1000);
    expect(bySection.items.every((a) => a.section.slug === article.section.slug)).toBe(true);
    const byAuthor = await listPublishedArticles({ kind: 'author', id: article.authorId }, 1, 1000);
    expect(byAuthor.items.every((a) => a.author.slug === article.author.slug)).toBe(true);
    expect(byAuthor.items.map((a) => a.id)).toContain(article.id);
  });

  it('build the Latest News sidebar from the 6 newest other stories', async () => {
    const newest = await getLatestArticles(7);
    const current = newest[2]!;
    const sidebar = await getLatestNewsSidebar(current.id, 6);
    expect(sidebar).toHaveLength(6);
    expect(sidebar.map((a) => a.id)).not.toContain(current.id);
    expect(sidebar.map((a) => a.id)).toEqual(newest.filter((a) => a.id !== current.id).slice(0, 6).map((a) => a.id));
  });

  it('load a full article with body, tags and author', async () => {
    const sample = (await getLatestArticles(1))[0]!;
    const article = await getPublishedArticle(sample.slug);
    expect(article).not.toBeNull();
    expect(article!.body).toContain('<h2>');
    expect(article!.tags.length).toBeGreaterThan(0);
    expect(article!.hero?.variants.some((v) => v.width >= 1200)).toBe(true);
  });
});

describe('listing queries at 20 000 more stories', () => {
  // Regression: the indexes were DESC NULLS LAST while the queries order DESC (NULLS FIRST), so
  // every homepage block and sidebar sorted all published rows (a sequential scan at scale).
  it('walk the published indexes in order instead of sorting every published story', async () => {
    const city = await sectionBySlug('city');
    const walks = {
      latest: await planAtScale(newestCards(latestCondition([1]), 15)),
      sectionBlock: await planAtScale(newestCards(latestCondition([1], city.id), 5)),
      listingPage: await planAtScale(newestCards(listingCondition({ kind: 'all' }), 12, 120)),
    };
    for (const [name, plan] of Object.entries(walks)) {
      expect(plan, name).toMatch(/Index Scan using articles_(section_)?published_idx/);
      expect(plan, name).not.toMatch(/Seq Scan on articles|Sort Key: articles\.published_at/);
    }
  });
});
