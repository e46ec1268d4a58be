import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { setArticleTrashed, updateArticle } from '@/db/mutations/articles';
import { getArticleRow } from '@/db/queries/article-rows';
import { searchRanking, searchPublishedArticles } from '@/db/queries/search';
import { cleanupArticles, makeArticle } from '@/testing/fixtures';
import { planAtScale } from '@/testing/plan-at-scale';
import { MARK_END, MARK_START } from '@/lib/search/highlight';
import { commit } from '@/lib/changes/pipeline';

const baseUrl = process.env.TEST_BASE_URL!;
const DAY = 86_400_000;

/** A made-up word no seeded story contains, so each test sees only its own articles. */
function word(): string {
  return `zq${Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join('')}`;
}

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

async function slugsFor(q: string) {
  return (await searchPublishedArticles(q, 1, 10)).items.map((i) => i.slug);
}

describe('full-text search', () => {
  it('ranks a title match above a newer story that only mentions the word in its body', async () => {
    const w = word();
    const inTitle = await makeArticle('published', { title: `Council backs ${w} plan` }, new Date(Date.now() - 3 * DAY));
    const inBody = await makeArticle('published', { body: `<p>Residents discussed the ${w} plan at length.</p>` });
    const { items, total } = await searchPublishedArticles(w, 1, 10);
    expect(total).toBe(2);
    expect(items.map((i) => i.slug)).toEqual([inTitle.slug, inBody.slug]);
    expect(items[0]!.titleHighlight).toContain(`${MARK_START}${w}${MARK_END}`);
    expect(items[1]!.snippet).toContain(`${MARK_START}${w}${MARK_END}`);
    expect(items[1]!.snippet).not.toContain('<p>');
  });

  it('honours "quoted phrases" and -exclusions', async () => {
    const w = word();
    const phrase = await makeArticle('published', { body: `<p>The ${w} lantern parade returns on Saturday.</p>` });
    const apart = await makeArticle('published', { body: `<p>A lantern was found near the ${w} quay, far from the parade.</p>` });
    expect(new Set(await slugsFor(`${w} lantern`))).toEqual(new Set([phrase.slug, apart.slug]));
    expect(await slugsFor(`"${w} lantern"`)).toEqual([phrase.slug]);
    expect(await slugsFor(`${w} -parade`)).toEqual([]);
    expect(await slugsFor(`${w} -quay`)).toEqual([phrase.slug]);
    expect(await slugsFor(`${w} or nothingatallxyz`)).toHaveLength(2);
  });

  it('never returns drafts, stories awaiting review, scheduled or trashed stories', async () => {
    const w = word();
    const live = await makeArticle('published', { title: `${w} live` });
    await makeArticle('draft', { title: `${w} draft` });
    await makeArticle('pending_review', { title: `${w} review` });
    await makeArticle('scheduled', { title: `${w} scheduled` });
    const trashed = await makeArticle('published', { title: `${w} trashed` });
    await commit(setArticleTrashed(trashed.id, true, { editorId: null }));
    expect(await slugsFor(w)).toEqual([live.slug]);
  });

  it('cuts the snippet from the matching paragraph deep in the body, and follows edits of the body', async () => {
    const w = word();
    const filler = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} says nothing about the subject at hand, at some length.</p>`).join('');
    const story = await makeArticle('published', {
      standfirst: 'A standfirst without the word.',
      body: `${filler}<h2>Late news</h2><p>Near the end, the ${w} bridge reopened to traffic.</p><p>Buses return on Monday.</p>`,
    });
    const first = (await searchPublishedArticles(w, 1, 10)).items[0]!;
    expect(first.snippet).toContain(`the ${MARK_START}${w}${MARK_END} bridge reopened`);
    expect(first.snippet).not.toContain('Paragraph 0');

    const row = (await getArticleRow(story.id))!;
    await commit(updateArticle(story.id, row.version, { ...row.fields, body: `<p>Rewritten: the ${w} tunnel is closed.</p>` }, { editorId: null }));
    const edited = (await searchPublishedArticles(w, 1, 10)).items[0]!;
    expect(edited.snippet).toContain(`${MARK_START}${w}${MARK_END} tunnel is closed`);
    expect(edited.snippet).not.toContain('bridge');
  });

  it('falls back to the standfirst when only the headline matches', async () => {
    const w = word();
    await makeArticle('published', { title: `The ${w} question`, standfirst: 'What the council decided on Tuesday night.', body: '<p>Nothing else here.</p>' });
    const item = (await searchPublishedArticles(w, 1, 10)).items[0]!;
    expect(item.snippet).toBe('What the council decided on Tuesday night.');
  });

  it('pages through results with a total', async () => {
    const w = word();
    for (let i = 0; i < 11; i++) await makeArticle('published', { title: `${w} story ${i}` });
    const first = await searchPublishedArticles(w, 1, 10);
    const second = await searchPublishedArticles(w, 2, 10);
    expect(first.total).toBe(11);
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(11);
  });

  it('uses the GIN indexes for rare words and a newest-first index walk for common ones, never a scan of all stories', async () => {
    const rare = await planAtScale(searchRanking('harbour "sea wall" -ferry', 10, 0));
    expect(rare).toMatch(/Bitmap Index Scan on articles_search_idx/);
    expect(rare).toMatch(/Bitmap Index Scan on articles_search_title_idx/);
    // Every filler story says "filler": the candidates come from walking the newest first.
    const common = await planAtScale(searchRanking('filler', 10, 0));
    expect(common).toMatch(/Index Scan using articles_published_idx/);
    for (const plan of [rare, common]) {
      expect(plan).not.toMatch(/Seq Scan on articles/);
      expect(plan).not.toMatch(/to_tsvector/);
    }
  });

  it('ranks a bounded window of the newest matches plus headline matches, and says when there are more', async () => {
    const w = word();
    const old = await makeArticle('published', { title: `The ${w} inquiry`, body: '<p>Findings.</p>' }, new Date(Date.now() - 400 * DAY));
    for (let i = 0; i < 6; i++) await makeArticle('published', { body: `<p>Passing mention of ${w}, number ${i}.</p>` }, new Date(Date.now() - i * DAY));
    const windows = { recent: 4, title: 2 };
    const { items, total, capped } = await searchPublishedArticles(w, 1, 10, windows);
    // Four newest mentions plus the old headline match, which still ranks first.
    expect(total).toBe(5);
    expect(capped).toBe(true);
    expect(items[0]!.slug).toBe(old.slug);
    const all = await searchPublishedArticles(w, 1, 10);
    expect(all.total).toBe(7);
    expect(all.capped).toBe(false);
    // A page past the end still knows the total.
    expect(await searchPublishedArticles(w, 3, 10)).toMatchObject({ total: 7, items: [] });
  });

  it('renders highlights as <mark> and everything else from the story as text', async () => {
    const w = word();
    await makeArticle('published', { title: `${w} <img src=x onerror=alert(1)> & co`, body: `<p>Tom &amp; Jerry met at ${w} hall.</p>` });
    const res = await fetch(`${baseUrl}/search?q=${w}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<mark>${w}</mark>`);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/Tom &amp; Jerry met at <\/span><mark>/);
    expect(html).toContain('1 story matches');
  });

  it('answers odd queries with a message, never an error', async () => {
    const cases: [string, RegExp][] = [
      [`q=${'a'.repeat(201)}`, /too long/],
      ['q=%25%25%25%25', /nothing to search for/],
      ['q=%00', /What are you looking for/],
      ['q=the', /No stories match/],
      ['q=harbour&page=999', /There is no page 999/],
      ['q=%E0%A4%A', /./],
      ['q=a&q=b&utm_source=x', /./],
    ];
    for (const [query, message] of cases) {
      const res = await fetch(`${baseUrl}/search?${query}`);
      expect(res.status, query).toBe(200);
      expect(await res.text(), query).toMatch(message);
    }
  });
});
