// The news-day scenario of `npm run bench`: readers spread over the whole site while the newsroom
// publishes and edits, against the same readers with no one writing. A cached page that stays fast
// only while nothing changes says little about a news site, whose busiest hours are the ones with
// the most publishing: every write expires the pages that showed the story, the homepage among them.
import autocannon, { type Client as CannonClient, type Result } from 'autocannon';
import { growArticles } from '@/db/bench-fixtures';
import type { AppProcess } from '@/testing/app-process';
import { actionIds, callAction, signIn } from '@/testing/load-with-writes';
import { expire, percentile } from './measure';
import { idForPath } from './publish';
import { gatherSiteUrls, type SiteUrls } from './site-urls';

export type NewsDayOptions = {
  connections: number;
  seconds: number;
  /** Published stories to grow the content to first, so the readers have enough distinct pages. */
  articles: number;
  minUrls: number;
  pagesPerListing: number;
};

type Run = { rps: number; p50: number; p99: number; errors: number; requests: number; statusCodes: Record<string, number> };

type WriteSample = {
  kind: 'publish' | 'edit';
  path: string;
  /** The server action's own round trip. */
  actionMs: number | null;
  /** From the start of the action until a reader's request shows the change; null: not within the deadline. */
  storyPageMs: number | null;
  homepageMs: number | null;
  error?: string;
  warning?: string;
};

/** Over all writes; one not seen within the deadline counts as slower than any seen (null when it decides the value). */
type Spread = { medianMs: number | null; maxMs: number | null; notSeen: number };

export type NewsDayResult = {
  settings: NewsDayOptions & { writeEverySeconds: number; visibleDeadlineMs: number; urls: number; plannedWrites: number };
  urlKinds: SiteUrls['kinds'];
  excludedUrls: SiteUrls['excluded'];
  withoutWrites: Run;
  withWrites: Run;
  ratio: number;
  writes: WriteSample[];
  visible: { storyPage: Spread; homepage: Spread; both: Spread; notVisible: number; failedWrites: number; action: Spread };
  targets: Record<string, { target: string; met: boolean }>;
};

const WRITE_EVERY_MS = 5_000;
// Each write is checked before the next one starts, so the deadline stays inside the interval.
const VISIBLE_DEADLINE_MS = 4_000;
// Half a second in, so with the 4 s deadline the last write's check ends half a second before the readers do.
const FIRST_WRITE_AFTER_MS = 500;
// Between polls, so the poller stays one reader among fifty rather than a fifty-first tight loop.
const POLL_PAUSE_MS = 20;
const POLL_TIMEOUT_MS = 5_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** How React writes text into HTML, so a title can be found in a page as it was sent. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

function summary(r: Result): Run {
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    // A 404 or a redirect is as much an error for a reader as a refused connection.
    errors: r.errors + r.timeouts + r.non2xx,
    requests: r.requests.total,
    statusCodes,
  };
}

/** The readers, each walking the URL list from its own offset, so they are never on the same page at once. */
function readers(appUrl: string, paths: string[], connections: number, seconds: number): Promise<Result> {
  let next = 0;
  const setupClient = (client: CannonClient) => {
    const offset = Math.floor(((next++ % connections) * paths.length) / connections);
    client.setRequests([...paths.slice(offset), ...paths.slice(0, offset)].map((path) => ({ method: 'GET', path })));
  };
  return autocannon({ url: appUrl, connections, duration: seconds, setupClient });
}

/** Time from `t0` until `url` shows `marker`, polling as a reader would; null if not by `deadline`. */
async function visibleAfter(url: string, marker: string, t0: number, deadline: number): Promise<number | null> {
  for (let polls = 0; polls < 10_000 && performance.now() < deadline; polls++) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(POLL_TIMEOUT_MS) });
      if ((await res.text()).includes(marker)) return performance.now() - t0;
    } catch {
      // a poll that timed out under load; the deadline decides
    }
    await sleep(POLL_PAUSE_MS);
  }
  return null;
}

/** A write under way: readers may see it before the editor's action has answered. */
type Write = { path: string; marker: string; started: number; done: Promise<{ actionMs: number; warning?: string }> };

type Newsroom = {
  publish: (i: number) => Promise<Write>;
  edit: (i: number) => Promise<Write>;
  close: () => Promise<void>;
};

/**
 * An editor signed in to the dashboard, publishing and editing through the same server actions the
 * editor's buttons call (features/articles/actions.ts): session check, permission, validation, one
 * transaction, then the change announced to the caches from inside the app.
 */
async function newsroom(app: Pick<AppProcess, 'url'>, databaseUrl: string, stamp: string): Promise<Newsroom> {
  const { createStaff } = await import('@/db/mutations/staff');
  const { hashPassword } = await import('@/features/auth/password');
  const { getArticleRow } = await import('@/db/queries/article-rows');
  const { getSections } = await import('@/db/queries/taxonomy');
  const { pickContent } = await import('@/lib/articles/content');
  const { closeConnection } = await import('@/db/client');

  const password = `news-day-${stamp}-harbour-lantern`;
  const email = `news-day-${stamp}@bench.test`;
  await createStaff({ name: `News Day Editor ${stamp}`, email, role: 'editor', passwordHash: await hashPassword(password) });
  const cookie = await signIn(app.url, email, password);
  const ids = actionIds();
  const save = ids.get('saveArticleAction');
  const publish = ids.get('publishArticleAction');
  if (!save || !publish) throw new Error('article actions not found in the build');
  const sections = await getSections();
  if (!sections.length) throw new Error('no sections to publish in');

  // New stories reuse the lead story's picture and body, as a follow-up would.
  const lead = articlePaths(await (await fetch(`${app.url}/`)).text())[0];
  if (!lead) throw new Error('no story on the homepage');
  const template = pickContent((await getArticleRow(await idForPath(databaseUrl, lead)))!.fields);
  const edited = new Set<string>();

  // Starts the action and returns at once: visibility is timed from the click, polled while the
  // action runs (the commit and the caches' expiry happen inside it, before its answer is sent).
  const act = (id: string, input: unknown) => {
    const started = performance.now();
    const done = callAction(app.url, cookie, id, input).then((result) => {
      if (!result.ok) throw new Error(result.error ?? 'action failed');
      return { actionMs: performance.now() - started, warning: result.warning };
    });
    return { started, done };
  };

  return {
    publish: async (i) => {
      const section = sections[Math.floor(i / 2) % sections.length]!;
      const title = `News day ${stamp} story ${i}`;
      const slug = `news-day-${stamp}-${i}`;
      const draft = { ...template, title, slug, standfirst: `Published during the news-day bench, write ${i}.`, sectionId: section.id, tagIds: [], seoTitle: '', seoDescription: '' };
      return { path: `/${section.slug}/${slug}`, marker: title, ...act(publish, { slugAuto: false, draft }) };
    },
    edit: async (i) => {
      // An established story the homepage shows by its headline (not one this run just published),
      // so the edit must reach both pages.
      const home = await (await fetch(`${app.url}/`)).text();
      const candidates = articlePaths(home).filter((p) => !edited.has(p) && !p.includes(`news-day-${stamp}-`));
      let target: { path: string; id: number; row: NonNullable<Awaited<ReturnType<typeof getArticleRow>>> } | null = null;
      for (const path of candidates.slice(0, 20)) {
        const id = await idForPath(databaseUrl, path);
        const row = await getArticleRow(id);
        if (row && home.includes(escapeHtml(row.title))) {
          target = { path, id, row };
          break;
        }
      }
      if (!target) throw new Error('no story on the homepage to edit');
      edited.add(target.path);
      const marker = `updated ${stamp} ${i}`;
      const title = `${target.row.title.replace(/ \(updated [a-z0-9]+ \d+\)$/, '').slice(0, 160)} (${marker})`;
      const draft = { ...pickContent(target.row.fields), title };
      return { path: target.path, marker, ...act(save, { id: target.id, expectedVersion: target.row.version, slugAuto: false, draft }) };
    },
    close: closeConnection,
  };
}

/** The stories a page links to, in the order it shows them. */
function articlePaths(html: string): string[] {
  const paths = [...html.matchAll(/<a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
  return [...new Set(paths)].filter((p) => !p.startsWith('/author/') && !p.startsWith('/tag/'));
}

/** As many writes as fit, each with its whole deadline, before the readers stop. */
function plannedWrites(seconds: number): number {
  return Math.max(0, Math.floor((seconds * 1000 - FIRST_WRITE_AFTER_MS - VISIBLE_DEADLINE_MS) / WRITE_EVERY_MS) + 1);
}

/** A write every 5 s, alternately a new story and an edit, each followed until readers see it. */
async function writer(app: Pick<AppProcess, 'url'>, room: Newsroom, startedAt: number, seconds: number): Promise<WriteSample[]> {
  const count = plannedWrites(seconds);
  const samples: WriteSample[] = [];
  const end = startedAt + seconds * 1000;
  for (let i = 0; i < count; i++) {
    await sleep(startedAt + FIRST_WRITE_AFTER_MS + i * WRITE_EVERY_MS - performance.now());
    // A write whose check would outlast the readers would be measured on an idle server.
    if (performance.now() + VISIBLE_DEADLINE_MS > end) break;
    const kind = i % 2 === 0 ? 'publish' : 'edit';
    try {
      const w = await (kind === 'publish' ? room.publish(i) : room.edit(i));
      const deadline = w.started + VISIBLE_DEADLINE_MS;
      const [storyPageMs, homepageMs, done] = await Promise.all([
        visibleAfter(`${app.url}${w.path}`, w.marker, w.started, deadline),
        visibleAfter(`${app.url}/`, w.marker, w.started, deadline),
        w.done,
      ]);
      const round = (ms: number | null) => (ms === null ? null : Math.round(ms));
      samples.push({ kind, path: w.path, actionMs: Math.round(done.actionMs), storyPageMs: round(storyPageMs), homepageMs: round(homepageMs), ...(done.warning ? { warning: done.warning } : {}) });
    } catch (error) {
      samples.push({ kind, path: '', actionMs: null, storyPageMs: null, homepageMs: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return samples;
}

function spread(values: (number | null)[]): Spread {
  const all = values.map((v) => v ?? Infinity);
  const finite = (n: number) => (Number.isFinite(n) ? Math.round(n) : null);
  return { medianMs: all.length ? finite(percentile(all, 50)) : null, maxMs: all.length ? finite(Math.max(...all)) : null, notSeen: all.filter((v) => v === Infinity).length };
}

export async function runNewsDay(app: Pick<AppProcess, 'url'>, databaseUrl: string, options: NewsDayOptions): Promise<NewsDayResult> {
  const grown = await growArticles(databaseUrl, options.articles);
  // The grown archive was written behind the app's back: every listing and sitemap has to know.
  if (grown > 0) await expire(app, ['all']);
  const urls = await gatherSiteUrls(app.url, { pagesPerListing: options.pagesPerListing });
  for (const u of urls.excluded) console.warn(`[bench] news day: ${u.path} is listed by the site but answered ${u.status}; left out`);
  if (urls.paths.length < options.minUrls) throw new Error(`news day: only ${urls.paths.length} distinct URLs answer 200 (need ${options.minUrls})`);
  console.log(`[bench] news day: ${urls.paths.length} URLs (${Object.entries(urls.kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);

  // Warm-up, so both runs start from the same state: every page rendered and cached at least once.
  await readers(app.url, urls.paths, options.connections, 3);
  const withoutWrites = summary(await readers(app.url, urls.paths, options.connections, options.seconds));

  const room = await newsroom(app, databaseUrl, Date.now().toString(36));
  let writes: WriteSample[];
  let withWrites: Run;
  try {
    const startedAt = performance.now();
    const [result, samples] = await Promise.all([readers(app.url, urls.paths, options.connections, options.seconds), writer(app, room, startedAt, options.seconds)]);
    withWrites = summary(result);
    writes = samples;
  } finally {
    await room.close();
  }

  const ok = writes.filter((w) => !w.error);
  const both = ok.map((w) => (w.storyPageMs === null || w.homepageMs === null ? null : Math.max(w.storyPageMs, w.homepageMs)));
  const visible = {
    storyPage: spread(ok.map((w) => w.storyPageMs)),
    homepage: spread(ok.map((w) => w.homepageMs)),
    both: spread(both),
    notVisible: both.filter((b) => b === null).length,
    failedWrites: writes.length - ok.length,
    action: spread(ok.map((w) => w.actionMs)),
  };
  const ratio = withoutWrites.rps ? withWrites.rps / withoutWrites.rps : 0;
  const targets = {
    ratio: { target: 'with writes ≥ 0.70 × without', met: ratio >= 0.7 },
    p99: { target: 'p99 ≤ 200 ms (both runs)', met: withWrites.p99 <= 200 && withoutWrites.p99 <= 200 },
    errors: { target: '0 errors incl. non-2xx (both runs)', met: withWrites.errors === 0 && withoutWrites.errors === 0 },
    visible: {
      target: 'every write visible on its page and the homepage within 1 s',
      met: writes.length > 0 && writes.length === plannedWrites(options.seconds) && visible.failedWrites === 0 && visible.notVisible === 0 && (visible.both.maxMs ?? Infinity) <= 1000,
    },
  };
  return {
    settings: { ...options, writeEverySeconds: WRITE_EVERY_MS / 1000, visibleDeadlineMs: VISIBLE_DEADLINE_MS, urls: urls.paths.length, plannedWrites: plannedWrites(options.seconds) },
    urlKinds: urls.kinds,
    excludedUrls: urls.excluded,
    withoutWrites,
    withWrites,
    ratio,
    writes,
    visible,
    targets,
  };
}

export function newsDayTable(r: NewsDayResult): string {
  const s = r.settings;
  const ms = (v: number | null) => (v === null ? (r.writes.length ? `> ${s.visibleDeadlineMs} ms` : '–') : `${v} ms`);
  const publishes = r.writes.filter((w) => w.kind === 'publish').length;
  const lines = [
    `| News day: ${s.connections} readers over ${s.urls} URLs, ${s.seconds} s | req/s | p50 ms | p99 ms | errors | ratio |`,
    '|---|---:|---:|---:|---:|---:|',
    `| Without writes | ${r.withoutWrites.rps} | ${r.withoutWrites.p50} | ${r.withoutWrites.p99} | ${r.withoutWrites.errors} | 1.00 |`,
    `| A write every ${s.writeEverySeconds} s (${publishes} published, ${r.writes.length - publishes} edited) | ${r.withWrites.rps} | ${r.withWrites.p50} | ${r.withWrites.p99} | ${r.withWrites.errors} | ${r.ratio.toFixed(2)} |`,
    '',
    `| Write to visible (${r.writes.length} writes) | median | max |`,
    '|---|---:|---:|',
    `| Story page | ${ms(r.visible.storyPage.medianMs)} | ${ms(r.visible.storyPage.maxMs)} |`,
    `| Homepage | ${ms(r.visible.homepage.medianMs)} | ${ms(r.visible.homepage.maxMs)} |`,
    `| Both | ${ms(r.visible.both.medianMs)} | ${ms(r.visible.both.maxMs)} |`,
    `| (the server action's own round trip) | ${ms(r.visible.action.medianMs)} | ${ms(r.visible.action.maxMs)} |`,
  ];
  if (r.writes.length < s.plannedWrites) lines.push('', `Writes made: ${r.writes.length} of ${s.plannedWrites} (slow writes left no time for the rest within the run)`);
  if (r.visible.notVisible || r.visible.failedWrites) {
    lines.push('', `Not visible within ${s.visibleDeadlineMs} ms of the write's start: ${r.visible.notVisible}; writes that failed: ${r.visible.failedWrites}`);
    for (const w of r.writes.filter((x) => x.error)) lines.push(`- ${w.kind} failed: ${w.error}`);
  }
  const codes = (run: Run) => Object.entries(run.statusCodes).map(([c, n]) => `${c}: ${n}`).join(', ');
  lines.push('', `Status codes without writes: ${codes(r.withoutWrites)}; with writes: ${codes(r.withWrites)}`);
  lines.push('', ...Object.values(r.targets).map((t) => `- ${t.target}: ${t.met ? 'met' : 'MISSED'}`));
  return lines.join('\n');
}
