import 'server-only';
import { count, eq } from 'drizzle-orm';
import { processImage, type ProcessedImage } from '@/lib/media/variants';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import { mergeChanges, type Change } from '@/lib/changes/change';
import { slugify } from '@/lib/slug';
import type { Executor } from './client';
import { createArticle, articleIdsBySlug, transitionArticle } from './mutations/articles';
import { mediaIdByKey, recordStoredMedia, saveMedia } from './mutations/media';
import { findOrCreateTag, upsertSection } from './mutations/taxonomy';
import { upsertByline } from './mutations/users';
import { articles, type MediaVariant } from './schema';
import { articlesA } from './seed-content/articles-a';
import { articlesB } from './seed-content/articles-b';
import { articlesC } from './seed-content/articles-c';
import { drawIllustration } from './seed-content/illustration';
import { SEED_AUTHORS, SEED_SECTIONS } from './seed-content/site';
import type { SeedArticle } from './seed-content/types';

const SEED_STORIES: SeedArticle[] = [...articlesA, ...articlesB, ...articlesC];

const HOUR = 3_600_000;

/**
 * Publish times relative to the seed run: the first few within the last day (so "latest" looks
 * alive), the rest spread over four weeks. Stories are interleaved by section so every part of
 * the homepage has recent material.
 */
function seedPublishSchedule(stories: SeedArticle[], now: Date): Map<string, Date> {
  const published = stories.filter((s) => !s.status);
  const bySection = new Map<string, SeedArticle[]>();
  for (const s of published) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
  const order: SeedArticle[] = [];
  for (let round = 0; order.length < published.length; round++) {
    for (const list of bySection.values()) {
      const story = list[round];
      if (story) order.push(story);
    }
  }
  const recentHours = [0.6, 2.2, 4.5, 7.3, 11.8, 16.4, 21.5];
  const out = new Map<string, Date>();
  order.forEach((story, i) => {
    const hoursAgo = i < recentHours.length ? recentHours[i]! : 26 + ((i - recentHours.length) * (27 * 24 - 26)) / Math.max(1, order.length - recentHours.length);
    out.set(story.slug, new Date(now.getTime() - hoursAgo * HOUR));
  });
  return out;
}

type StoredImage = Omit<ProcessedImage, 'files'> & { files: { variant: MediaVariant; size: number }[] };

async function readJson<T>(storage: MediaStorage, key: string, file: string): Promise<T | null> {
  const opened = await storage.open(key, file);
  if (!opened) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of opened.stream) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

/**
 * Draws and stores a story's illustration once. The renditions and a small manifest stay on disk,
 * so seeding another database (tests, benchmarks) with the same media folder only records rows.
 */
async function ensureIllustration(
  database: Executor,
  storage: MediaStorage,
  key: string,
  hue: number,
  text: { alt: string; caption: string; credit: string },
): Promise<number> {
  const existing = await mediaIdByKey(key, database);
  if (existing && (await storage.exists(key, 'w400.webp'))) return existing;
  const meta = { storageKey: key, originalName: `${key}.png`, ...text, uploadedBy: null };
  const stored = await readJson<StoredImage>(storage, key, 'seed-manifest.json');
  if (stored && (await storage.exists(key, 'w400.webp'))) return recordStoredMedia(stored, meta, database);
  const image = await processImage(await drawIllustration(key, hue));
  const id = await saveMedia(image, meta, storage, database);
  const manifest: StoredImage = { width: image.width, height: image.height, files: image.files.map((f) => ({ variant: f.variant, size: f.bytes.length })) };
  await storage.put(key, 'seed-manifest.json', Buffer.from(JSON.stringify(manifest)));
  return id;
}

function withInlineFigure(body: string, src: string, alt: string, caption: string): string {
  const figure = `<figure><img src="${src}" alt="${alt}" width="1200" height="675"><figcaption>${caption}</figcaption></figure>`;
  const parts = body.split('</p>');
  if (parts.length < 4) return body + figure;
  return [...parts.slice(0, 3).map((p) => p + '</p>'), figure, parts.slice(3).join('</p>')].join('');
}

type SeedReport = { created: number; skipped: number; change: Change };

/**
 * Loads the demo newsroom. Idempotent: sections, bylines and tags are upserted by slug, stories
 * that already exist are left alone, images are only drawn when their files are missing.
 */
export async function seedDemoContent(
  database: Executor,
  options: { storage?: MediaStorage; now?: Date; log?: (line: string) => void } = {},
): Promise<SeedReport> {
  const storage = options.storage ?? mediaStorage();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);

  const changes: Change[] = [];
  const sectionIds = new Map<string, number>();
  for (const [position, s] of SEED_SECTIONS.entries()) {
    const saved = await upsertSection({ name: s.name, slug: s.slug, description: s.description, position }, database);
    sectionIds.set(s.slug, saved.id);
    changes.push(saved.change);
  }
  const authorIds = new Map<string, number>();
  for (const a of SEED_AUTHORS) {
    authorIds.set(a.slug, await upsertByline({ ...a, email: `${a.slug}@demo.northgate.invalid`, role: 'author' }, database));
  }

  const existing = await articleIdsBySlug(SEED_STORIES.map((s) => s.slug), database);
  const schedule = seedPublishSchedule(SEED_STORIES, now);
  let created = 0;
  for (const [index, story] of SEED_STORIES.entries()) {
    if (existing.has(story.slug)) continue;
    const section = SEED_SECTIONS.find((s) => s.slug === story.section)!;
    const heroAlt = `Illustration for “${story.title}”: layered hills under a ${section.name.toLowerCase()}-toned sky`;
    const credit = 'Illustration: Chronicle graphics desk';
    const heroId = await ensureIllustration(database, storage, `seed-${story.slug}`.slice(0, 100), section.hue, {
      alt: heroAlt,
      caption: story.heroCaption,
      credit,
    });
    let body = story.body;
    if (index % 3 === 0) {
      const key = `seed-inline-${story.slug}`.slice(0, 100);
      await ensureIllustration(database, storage, key, (section.hue + 40) % 360, { alt: 'Abstract landscape illustration', caption: '', credit });
      body = withInlineFigure(body, `/media/${key}/w1200.webp`, `Second illustration for “${story.title}”`, `Illustration: ${section.name} desk`);
    }
    const tagIds: number[] = [];
    for (const name of story.tags) {
      const tag = await findOrCreateTag(name, slugify(name), database);
      tagIds.push(tag.id);
      changes.push(tag.change);
    }
    const article = await createArticle(
      {
        title: story.title,
        slug: story.slug,
        standfirst: story.standfirst,
        body,
        sectionId: sectionIds.get(story.section)!,
        authorId: authorIds.get(story.author)!,
        tagIds,
        heroMediaId: heroId,
        heroAlt,
        heroCaption: story.heroCaption,
        heroCredit: credit,
        seoTitle: '',
        seoDescription: '',
      },
      { editorId: null },
      database,
    );
    changes.push(article.change);
    if (story.status === 'scheduled') {
      await transitionArticle(article.id, { to: 'scheduled', at: new Date(now.getTime() + 72 * HOUR) }, { editorId: null }, database);
    } else if (!story.status) {
      changes.push((await transitionArticle(article.id, { to: 'published', publishedAt: schedule.get(story.slug)! }, { editorId: null }, database)).change);
      // Keep "updated" equal to the publish time: the demo stories were not edited afterwards.
      await database.update(articles).set({ updatedAt: schedule.get(story.slug)!, createdAt: schedule.get(story.slug)! }).where(eq(articles.id, article.id));
    }
    created++;
    log(`seeded ${story.slug}`);
  }
  return { created, skipped: SEED_STORIES.length - created, change: mergeChanges(...changes) };
}

export async function articleCount(database: Executor): Promise<number> {
  const [row] = await database.select({ n: count() }).from(articles);
  return row?.n ?? 0;
}
