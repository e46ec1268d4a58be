import { readFileSync } from 'node:fs';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';

/**
 * Readers and an editor at the same time: 50 concurrent readers for 60 s across article, home,
 * section and search pages while an editor session publishes 20 new articles and edits 20
 * others through the dashboard's own server actions. Afterwards: no 5xx, every write in the
 * database and on the public pages, and exactly one revision per version of every article.
 */

type Options = { baseUrl: string; databaseUrl: string; seconds?: number; readers?: number; writes?: number };

type LoadReport = {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  published: number;
  edited: number;
  missingInDatabase: string[];
  missingOnPages: string[];
  revisionMismatches: string[];
};

/** Server action ids of the article actions in the current build (the bench's newsroom uses them too). */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename.includes('features/articles/actions')) ids.set(entry.exportedName, id);
  }
  return ids;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  });
  const session = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c!.includes('session-token'));
  if (!session) throw new Error(`Sign-in failed with HTTP ${res.status}`);
  return session;
}

type ActionAnswer = { ok: boolean; data?: Record<string, unknown>; error?: string; warning?: string };

/** Calls a server action the way the dashboard's client does, and returns its result object. */
export async function callAction(baseUrl: string, cookie: string, id: string, input: unknown): Promise<ActionAnswer> {
  const res = await fetch(`${baseUrl}/dashboard/articles/new`, {
    method: 'POST',
    headers: { 'next-action': id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: baseUrl, cookie },
    body: JSON.stringify([input]),
  });
  const text = await res.text();
  if (res.status >= 500) throw new Error(`server action answered ${res.status}`);
  // The action's return value is one line of the RSC stream: `<id>:{"ok":…}`.
  for (const line of text.split('\n')) {
    const json = line.slice(line.indexOf(':') + 1);
    if (json.startsWith('{"ok"')) return JSON.parse(json) as ActionAnswer;
  }
  throw new Error(`no result in the action response (HTTP ${res.status})`);
}

export async function runLoadWithWrites(options: Options): Promise<LoadReport> {
  const { baseUrl, databaseUrl } = options;
  const seconds = options.seconds ?? 60;
  const readerCount = options.readers ?? 50;
  const writes = options.writes ?? 20;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const password = 'load-test-harbour-2026';
    const email = `load-editor-${Date.now()}@load.test`;
    await db.query(`insert into users (name, slug, email, role, password_hash) values ('Load Editor', $1, $2, 'editor', $3)`, [
      `load-editor-${Date.now()}`,
      email,
      await hash(password, { algorithm: 2 }),
    ]);
    const cookie = await signIn(baseUrl, email, password);
    const ids = actionIds();
    const save = ids.get('saveArticleAction');
    const publish = ids.get('publishArticleAction');
    if (!save || !publish) throw new Error('article actions not found in the build');

    const { rows: sections } = await db.query<{ id: number; slug: string }>(`select id, slug from sections order by position limit 6`);
    const { rows: hero } = await db.query<{ id: number }>(`select id from media order by id limit 1`);
    const { rows: toEdit } = await db.query<{ id: number; slug: string; section: string }>(
      `select a.id, a.slug, s.slug as section from articles a join sections s on s.id = a.section_id
        where a.status = 'published' and a.deleted_at is null order by a.published_at desc offset 10 limit $1`,
      [writes],
    );
    const readPaths = ['/', '/latest', `/${sections[0]!.slug}`, '/search?q=harbour', ...toEdit.slice(0, 6).map((a) => `/${a.section}/${a.slug}`)];

    const byStatus: Record<string, number> = {};
    let requests = 0;
    let stop = false;
    const reader = async (n: number) => {
      for (let i = n; !stop; i++) {
        try {
          const res = await fetch(`${baseUrl}${readPaths[i % readPaths.length]}`);
          await res.arrayBuffer();
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
        } catch {
          byStatus.network = (byStatus.network ?? 0) + 1;
        }
        requests++;
      }
    };
    const readers = Array.from({ length: readerCount }, (_, n) => reader(n));

    const startedAt = Date.now();
    const stamp = startedAt.toString(36);
    const body = '<h2>Under load</h2><p>Written while fifty readers were on the site.</p><ul><li>One</li></ul><blockquote><p>Quote.</p></blockquote>';
    const draft = (title: string, slug: string, sectionId: number) => ({
      title,
      slug,
      standfirst: 'A story published during the load test.',
      body,
      sectionId,
      tagIds: [],
      heroMediaId: hero[0]!.id,
      heroAlt: 'Load test picture',
      heroCaption: '',
      heroCredit: '',
      seoTitle: '',
      seoDescription: '',
    });
    const newTitles: string[] = [];
    const editedTitles = new Map<number, string>();
    const spacing = Math.max(100, Math.floor((seconds * 1000 * 0.8) / (writes * 2)));
    for (let i = 0; i < writes; i++) {
      const title = `Load story ${stamp} number ${i}`;
      const section = sections[i % sections.length]!;
      const created = await callAction(baseUrl, cookie, publish, { slugAuto: false, draft: draft(title, `load-${stamp}-${i}`, section.id) });
      if (!created.ok) throw new Error(`publish ${i} failed: ${created.error}`);
      newTitles.push(title);
      await new Promise((r) => setTimeout(r, spacing));

      const target = toEdit[i]!;
      const { rows } = await db.query<{ version: number; title: string; standfirst: string; body: string; section_id: number; hero_media_id: number | null; hero_alt: string; hero_caption: string; hero_credit: string; seo_title: string; seo_description: string }>(
        'select * from articles where id = $1',
        [target.id],
      );
      const r = rows[0]!;
      const editedTitle = `${r.title.replace(/ \(updated [a-z0-9]+\)$/, '')} (updated ${stamp})`;
      const { rows: tagRows } = await db.query<{ tag_id: number }>('select tag_id from article_tags where article_id = $1 order by position', [target.id]);
      const edited = await callAction(baseUrl, cookie, save, {
        id: target.id,
        expectedVersion: r.version,
        slugAuto: false,
        draft: {
          title: editedTitle,
          slug: target.slug,
          standfirst: r.standfirst,
          body: r.body,
          sectionId: r.section_id,
          tagIds: tagRows.map((t) => t.tag_id),
          heroMediaId: r.hero_media_id,
          heroAlt: r.hero_alt,
          heroCaption: r.hero_caption,
          heroCredit: r.hero_credit,
          seoTitle: r.seo_title,
          seoDescription: r.seo_description,
        },
      });
      if (!edited.ok) throw new Error(`edit ${i} failed: ${edited.error}`);
      editedTitles.set(target.id, editedTitle);
      await new Promise((r2) => setTimeout(r2, spacing));
    }
    const remaining = seconds * 1000 - (Date.now() - startedAt);
    if (remaining > 0) await new Promise((r) => setTimeout(r, remaining));
    stop = true;
    await Promise.all(readers);

    const missingInDatabase: string[] = [];
    const missingOnPages: string[] = [];
    for (const title of newTitles) {
      const { rows } = await db.query<{ slug: string; section: string }>(
        `select a.slug, s.slug as section from articles a join sections s on s.id = a.section_id where a.title = $1 and a.status = 'published'`,
        [title],
      );
      if (!rows[0]) missingInDatabase.push(title);
      else if (!(await (await fetch(`${baseUrl}/${rows[0].section}/${rows[0].slug}`)).text()).includes(title)) missingOnPages.push(title);
    }
    const latest = await (await fetch(`${baseUrl}/latest`)).text();
    for (const title of newTitles.slice(-5)) if (!latest.includes(title)) missingOnPages.push(`/latest: ${title}`);
    for (const [id, title] of editedTitles) {
      const { rows } = await db.query<{ title: string }>('select title from articles where id = $1', [id]);
      if (rows[0]?.title !== title) missingInDatabase.push(title);
      const target = toEdit.find((a) => a.id === id)!;
      const page = await (await fetch(`${baseUrl}/${target.section}/${target.slug}`)).text();
      if (!page.includes(title.replace(/'/g, '&#x27;'))) missingOnPages.push(title);
    }
    // Every version of every article touched has exactly one revision: nothing lost, nothing doubled.
    const { rows: mismatches } = await db.query<{ slug: string; version: number; revisions: number }>(
      `select a.slug, a.version, (select count(*)::int from article_revisions r where r.article_id = a.id) as revisions
         from articles a where a.slug like $1 or a.id = any($2::int[])`,
      [`load-${stamp}-%`, [...editedTitles.keys()]],
    );
    const revisionMismatches = mismatches.filter((m) => m.version !== m.revisions).map((m) => `${m.slug}: version ${m.version}, ${m.revisions} revisions`);
    if (mismatches.length !== writes * 2) revisionMismatches.push(`expected ${writes * 2} articles, found ${mismatches.length}`);

    const serverErrors = Object.entries(byStatus).filter(([s]) => s.startsWith('5') || s === 'network').reduce((n, [, c]) => n + c, 0);
    return { requests, byStatus, serverErrors, published: newTitles.length, edited: editedTitles.size, missingInDatabase, missingOnPages, revisionMismatches };
  } finally {
    await db.end();
  }
}
