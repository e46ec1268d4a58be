import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { articleTags, auditLog, sectionRedirects, sections, tags } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupArticles, makeArticle, sectionBySlug, uniqueSlug } from '@/testing/fixtures';
import { cleanupStaff, createTestStaff } from '@/testing/staff';

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({
  getStaff: async () => session.current,
  requireStaff: async () => session.current,
}));

const actions = await import('@/features/taxonomy/actions');
const { listSections, listTags } = await import('./taxonomy-admin');

const baseUrl = process.env.TEST_BASE_URL;
const madeSections: number[] = [];
const madeTags: number[] = [];

afterAll(async () => {
  await cleanupArticles();
  if (madeTags.length) await db().delete(tags).where(inArray(tags.id, madeTags));
  if (madeSections.length) await db().delete(sections).where(inArray(sections.id, madeSections));
  await cleanupStaff();
  await closeConnection();
});

beforeEach(() => {
  session.current = null;
});

async function sectionCount() {
  const [row] = await db().select({ n: count() }).from(sections);
  return row!.n;
}

async function newSection(name: string, slug = '') {
  const result = await actions.createSectionAction({ name, slug, description: 'Made by the integration tests.' });
  if (!result.ok) throw new Error(`createSection failed: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  madeSections.push(result.data.id);
  return result.data;
}

describe('sections and tags', () => {
  it('refuse signed-out callers, contributors and authors, and change nothing', async () => {
    const city = await sectionBySlug('city');
    const [tag] = await db().select().from(tags).limit(1);
    const snapshot = async () => ({ sections: await db().select().from(sections).orderBy(sections.id), tags: await db().select().from(tags).orderBy(tags.id) });
    const before = await snapshot();
    const attempts = () => [
      actions.createSectionAction({ name: 'Intruders', slug: '', description: '' }),
      actions.updateSectionAction({ id: city.id, name: 'Hacked', slug: 'hacked', description: '' }),
      actions.moveSectionAction({ id: city.id, direction: 'down' }),
      actions.deleteSectionAction({ id: city.id }),
      actions.createTagAction({ name: 'Intruders', slug: '' }),
      actions.renameTagAction({ id: tag!.id, name: 'Hacked' }),
      actions.deleteTagAction({ id: tag!.id }),
      actions.mergeTagsAction({ id: tag!.id, targetId: tag!.id + 1 }),
    ];
    for (const result of await Promise.all(attempts())) expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
    for (const role of ['contributor', 'author'] as const) {
      session.current = await createTestStaff(role);
      for (const result of await Promise.all(attempts())) expect(result, role).toMatchObject({ ok: false, code: 'forbidden' });
      await expect(listSections(session.current)).rejects.toThrow(/editors/);
      await expect(listTags(session.current)).rejects.toThrow(/editors/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('validates section slugs: format, reserved routes and duplicates are field errors', async () => {
    session.current = await createTestStaff('editor');
    const before = await sectionCount();
    const cases: [string, string, RegExp][] = [
      ['Bad', 'Not A Slug', /lower-case/],
      ['Bad', '-leading', /lower-case/],
      ['Bad', 'double--hyphen', /lower-case/],
      ['Dashboard', 'dashboard', /used by the site/],
      ['Latest', '', /used by the site/],
      ['Author', 'author', /used by the site/],
      ['City again', 'city', /Another section already uses/],
      ['!!!', '', /no letters or digits/],
    ];
    for (const [name, slug, message] of cases) {
      const result = await actions.createSectionAction({ name, slug, description: '' });
      expect(result, `${name} / ${slug}`).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: expect.stringMatching(message) } });
    }
    expect(await actions.createSectionAction({ name: 'X', slug: 'x', description: '', position: 1 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await sectionCount()).toBe(before);

    const name = `Harbour ${uniqueSlug('h')}`;
    const created = await newSection(name);
    expect(created.slug).toMatch(/^harbour-h-/);
  });

  it('shows a new section in every page’s navigation on the next request, at the end of the order', async () => {
    session.current = await createTestStaff('editor');
    const name = `Weather ${Date.now().toString(36)}`;
    expect(await (await fetch(`${baseUrl}/`)).text()).not.toContain(name);
    const { slug } = await newSection(name);
    const home = await (await fetch(`${baseUrl}/`)).text();
    expect(home).toContain(`href="/${slug}"`);
    expect((await fetch(`${baseUrl}/${slug}`)).status).toBe(200);
    const ordered = await listSections(session.current);
    expect(ordered.at(-1)?.slug).toBe(slug);

    // Up and down swap neighbours; the first cannot move up.
    const id = ordered.at(-1)!.id;
    expect(await actions.moveSectionAction({ id, direction: 'up' })).toMatchObject({ ok: true, data: { moved: true } });
    const moved = await listSections(session.current);
    expect(moved.at(-2)?.id).toBe(id);
    expect(await actions.moveSectionAction({ id: moved[0]!.id, direction: 'up' })).toMatchObject({ ok: true, data: { moved: false } });
    expect(new Set(moved.map((s) => s.position)).size).toBe(moved.length);
    expect(await actions.moveSectionAction({ id, direction: 'sideways' })).toMatchObject({ ok: false, fieldErrors: { direction: expect.any(String) } });
  });

  it('refuses to delete a section that holds articles, even only a draft, and writes nothing', async () => {
    session.current = await createTestStaff('editor');
    const { id } = await newSection(`Holding ${uniqueSlug('s')}`);
    await makeArticle('draft', { sectionId: id });
    const before = await sectionCount();
    const result = await actions.deleteSectionAction({ id });
    expect(result).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/still holds 1 article.*nothing was deleted/) });
    expect(await sectionCount()).toBe(before);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, 'section.delete'), eq(auditLog.targetId, String(id))));
    expect(audits).toHaveLength(0);

    // The demo sections are full of stories.
    const city = await sectionBySlug('city');
    expect(await actions.deleteSectionAction({ id: city.id })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await sectionBySlug('city')).toBeTruthy();
  });

  it('deletes an empty section, audited, and it leaves the navigation', async () => {
    session.current = await createTestStaff('admin');
    const name = `Ephemeral ${Date.now().toString(36)}`;
    const { id, slug } = await newSection(name);
    expect(await (await fetch(`${baseUrl}/latest`)).text()).toContain(`href="/${slug}"`);
    expect(await actions.deleteSectionAction({ id })).toMatchObject({ ok: true });
    expect(await db().select().from(sections).where(eq(sections.id, id))).toHaveLength(0);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'section.delete'), eq(auditLog.targetId, String(id))));
    expect(entry).toMatchObject({ actorId: session.current.id, details: { slug } });
    expect(await (await fetch(`${baseUrl}/latest`)).text()).not.toContain(`href="/${slug}"`);
    expect((await fetch(`${baseUrl}/${slug}`)).status).toBe(404);
  });

  it('moves a renamed section: the old address answers 301 to the new one, and its stories follow', async () => {
    session.current = await createTestStaff('editor');
    const oldSlug = uniqueSlug('desk');
    const { id } = await newSection('Night desk', oldSlug);
    const story = await makeArticle('published', { sectionId: id });
    expect((await fetch(`${baseUrl}/${oldSlug}/${story.slug}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/${oldSlug}`)).status).toBe(200);

    const newSlug = uniqueSlug('late-desk');
    expect(await actions.updateSectionAction({ id, name: 'Late desk', slug: newSlug, description: 'Renamed.' })).toMatchObject({ ok: true });
    const moved = await fetch(`${baseUrl}/${oldSlug}?page=1`, { redirect: 'manual' });
    expect([301, 308]).toContain(moved.status);
    expect(new URL(moved.headers.get('location')!, baseUrl).pathname).toBe(`/${newSlug}`);
    const storyMoved = await fetch(`${baseUrl}/${oldSlug}/${story.slug}`, { redirect: 'manual' });
    expect([301, 308]).toContain(storyMoved.status);
    expect(new URL(storyMoved.headers.get('location')!, baseUrl).pathname).toBe(`/${newSlug}/${story.slug}`);
    const page = await (await fetch(`${baseUrl}/${newSlug}`)).text();
    expect(page).toContain('Late desk');
    expect(await (await fetch(`${baseUrl}/`)).text()).toContain(`href="/${newSlug}"`);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'section.rename'), eq(auditLog.targetId, String(id))));
    expect(entry?.details).toEqual({ from: oldSlug, to: newSlug });

    // A new section may take the old address back; then it is that section's page, not a redirect.
    const reclaimed = await newSection('Reclaimed', oldSlug);
    expect(await db().select().from(sectionRedirects).where(eq(sectionRedirects.oldSlug, oldSlug))).toHaveLength(0);
    expect((await fetch(`${baseUrl}/${oldSlug}`, { redirect: 'manual' })).status).toBe(200);
    expect(reclaimed.slug).toBe(oldSlug);

    // Renaming onto a taken slug is a field error.
    expect(await actions.updateSectionAction({ id, name: 'Late desk', slug: 'city', description: '' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringMatching(/Another section/) },
    });
    await cleanupArticles();
  });

  it('creates, renames, merges and deletes tags', async () => {
    session.current = await createTestStaff('editor');
    const suffix = Date.now().toString(36);
    const a = await actions.createTagAction({ name: 'Flood defences', slug: uniqueSlug('flood') });
    const b = await actions.createTagAction({ name: `Flooding ${suffix}`, slug: '' });
    if (!a.ok || !b.ok) throw new Error('tag creation failed');
    madeTags.push(a.data.id, b.data.id);
    expect(await actions.createTagAction({ name: `Flooding ${suffix}`, slug: '' })).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/merge/) } });
    expect(await actions.createTagAction({ name: 'Bad', slug: 'Bad Slug' })).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });

    expect(await actions.renameTagAction({ id: a.data.id, name: 'Flood barriers' })).toMatchObject({ ok: true });
    const [renamed] = await db().select().from(tags).where(eq(tags.id, a.data.id));
    expect(renamed?.name).toBe('Flood barriers');

    const one = await makeArticle('published', { tagIds: [a.data.id] });
    const both = await makeArticle('draft', { tagIds: [a.data.id, b.data.id] });
    expect(await actions.mergeTagsAction({ id: a.data.id, targetId: a.data.id })).toMatchObject({ ok: false, fieldErrors: { targetId: expect.any(String) } });
    expect(await actions.mergeTagsAction({ id: a.data.id, targetId: b.data.id })).toMatchObject({ ok: true, data: { targetId: b.data.id } });
    expect(await db().select().from(tags).where(eq(tags.id, a.data.id))).toHaveLength(0);
    const links = await db().select().from(articleTags).where(inArray(articleTags.articleId, [one.id, both.id]));
    expect(links.map((l) => [l.articleId, l.tagId]).sort()).toEqual([
      [one.id, b.data.id],
      [both.id, b.data.id],
    ].sort());
    const counted = (await listTags(session.current)).find((t) => t.id === b.data.id);
    expect(counted).toMatchObject({ articleCount: 2, publishedCount: 1 });

    expect(await actions.deleteTagAction({ id: b.data.id })).toMatchObject({ ok: true });
    expect(await db().select().from(articleTags).where(inArray(articleTags.articleId, [one.id, both.id]))).toHaveLength(0);
    const audits = await db().select().from(auditLog).where(and(inArray(auditLog.action, ['tag.merge', 'tag.delete']), inArray(auditLog.targetId, [String(b.data.id)])));
    expect(audits.map((e) => e.action).sort()).toEqual(['tag.delete', 'tag.merge']);
    await cleanupArticles();
  });
});
