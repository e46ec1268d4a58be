import { spawn } from 'node:child_process';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { succeeded } from '@/testing/action-results';
import { closeConnection, db } from '@/db/client';
import { getArticleRow } from '@/db/queries/article-rows';
import { getLatestArticles } from '@/db/queries/public-articles';
import { articleRevisions, articles, auditLog } from '@/db/schema';
import { STALE_PAGES_WARNING } from '@/features/actions/result';
import type { StaffUser } from '@/features/auth/permissions';
import type { Change } from '@/lib/changes/change';
import { subscribe } from '@/lib/changes/pipeline';
import { cleanupNewsroom, createTestStaff, publishableDraft, trackArticle } from '@/testing/newsroom-fixtures';
import { articlePath } from '@/lib/site';

// The action reads the session and the caller's address from the request; here the test says both.
const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));
vi.mock('@/features/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.9' }) }));

const actions = await import('@/features/articles/actions');
const baseUrl = process.env.TEST_BASE_URL;

let author: StaffUser;
const unsubscribers: (() => void)[] = [];

beforeAll(async () => {
  author = await createTestStaff('author');
});

afterEach(() => {
  for (const u of unsubscribers.splice(0)) u();
  vi.restoreAllMocks();
});

afterAll(async () => {
  await cleanupNewsroom();
  await closeConnection();
});


describe('after a write commits', () => {
  it('publishing is one transaction: one new version, one revision, its audit row with the address, one announcement', async () => {
    session.current = author;
    const created = succeeded(await actions.saveArticleAction({ slugAuto: true, draft: await publishableDraft() })).data;
    trackArticle(created.id);
    const announced: Change[] = [];
    unsubscribers.push(subscribe({ name: 'recorder', deliver: (c) => void announced.push(c) }));

    const published = succeeded(
      await actions.publishArticleAction({ id: created.id, expectedVersion: created.version, slugAuto: false, draft: await publishableDraft({ slug: created.slug, title: 'Published in one step' }) }),
    ).data;

    expect(published.version).toBe(created.version + 1);
    const notes = (await db().select({ note: articleRevisions.note }).from(articleRevisions).where(eq(articleRevisions.articleId, created.id))).map((r) => r.note);
    expect(notes).toEqual(['Created', 'Published']);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetType, 'article'), eq(auditLog.targetId, String(created.id))));
    expect(audit.map((a) => [a.action, a.ip])).toEqual([['article.publish', '203.0.113.9']]);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.tags).toEqual(expect.arrayContaining([`article:${created.id}`, 'home', 'latest']));
  });

  it('a refresh that fails after the commit still reports the save as saved, with a warning, and logs it', async () => {
    session.current = author;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    unsubscribers.push(
      subscribe({
        name: 'broken-cache',
        deliver: () => {
          throw new Error('cache unreachable');
        },
      }),
    );
    const result = succeeded(await actions.saveArticleAction({ slugAuto: true, draft: await publishableDraft({ title: 'Saved despite a broken cache' }) }));
    trackArticle(result.data.id);
    expect(result.warning).toBe(STALE_PAGES_WARNING);
    const [saved] = await db().select().from(articles).where(eq(articles.id, result.data.id));
    expect(saved!.title).toBe('Saved despite a broken cache');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('broken-cache'), expect.anything());
  });

  it('a write made by a script outside the app reaches the running server: its pages are fresh on the next request', async () => {
    expect(baseUrl, 'TEST_BASE_URL of the running test server').toBeTruthy();
    const lead = (await getLatestArticles(1))[0]!;
    const original = (await getArticleRow(lead.id))!;
    const read = async (p: string) => (await fetch(`${baseUrl}${p}`)).text();
    await read(articlePath(lead));
    await read('/');
    const headline = `Changed by a script ${Date.now()}`;
    const script = path.resolve('testing/scripts/change-headline.ts');
    const run = (title: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, String(lead.id), title], { env: process.env });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d));
        child.stderr.on('data', (d: Buffer) => (output += d));
        child.on('exit', (code) => resolve({ code, output }));
      });
    try {
      const changed = await run(headline);
      expect(changed.code, changed.output).toBe(0);
      expect(await read(articlePath(lead))).toContain(headline);
      expect(await read('/')).toContain(headline);
    } finally {
      const restored = await run(original.title);
      expect(restored.code, restored.output).toBe(0);
    }
  });
});
