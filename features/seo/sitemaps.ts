import 'server-only';
import {
  articleMonths,
  articlesOfMonth,
  authorSitemapCount,
  authorSitemapEntries,
  monthCursorAt,
  newestPublicChange,
  recentlyPublished,
  sectionSitemapEntries,
  tagSitemapCount,
  tagSitemapEntries,
  type MonthCursor,
} from '@/db/queries/sitemaps';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { absoluteUrl, articleUrlPath, authorPath, sectionPath, siteName, tagPath } from '@/lib/site';
import {
  MAX_URLS_PER_SITEMAP,
  NEWS_LANGUAGE,
  NEWS_MAX_URLS,
  NEWS_WINDOW_HOURS,
  newsSitemapXml,
  parseSitemapFileName,
  partsFor,
  sitemapFileName,
  sitemapIndexXml,
  URLSET_CLOSE,
  urlsetOpen,
  urlsetXml,
  urlXml,
  type SitemapFile,
  type UrlEntry,
} from './sitemap-xml';

const XML = { 'content-type': 'application/xml; charset=utf-8' };
// Rows fetched per round trip while writing a month: bounds memory whatever the month's size.
const CHUNK = 5000;

type SitemapOptions = { maxUrls?: number };

function notFound(): Response {
  return new Response('No such sitemap.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

function sitemapUrl(file: SitemapFile): string {
  return absoluteUrl(`/sitemaps/${sitemapFileName(file)}`);
}

/** Every sitemap file that exists now, with its last change, as the index lists them. */
async function sitemapIndexEntries(options: SitemapOptions = {}): Promise<UrlEntry[]> {
  const maxUrls = options.maxUrls ?? MAX_URLS_PER_SITEMAP;
  const [months, authors, tags, newest] = await Promise.all([articleMonths(), authorSitemapCount(), tagSitemapCount(), newestPublicChange()]);
  const entries: UrlEntry[] = [{ loc: sitemapUrl({ kind: 'sections' }), lastmod: newest }];
  for (const [kind, total] of [['authors', authors], ['tags', tags]] as const) {
    if (total === 0) continue;
    for (let part = 1; part <= partsFor(total, maxUrls); part++) entries.push({ loc: sitemapUrl({ kind, part }), lastmod: newest });
  }
  for (const m of months) {
    for (let part = 1; part <= partsFor(m.urls, maxUrls); part++) {
      entries.push({ loc: sitemapUrl({ kind: 'articles', month: m.month, part }), lastmod: m.lastModified });
    }
  }
  return entries;
}

async function buildSitemapIndex(options: SitemapOptions = {}): Promise<Response> {
  return new Response(sitemapIndexXml(await sitemapIndexEntries(options)), { headers: XML });
}

/** Route handlers tag their cached response so any story change expires it at once. */
export async function sitemapIndexResponse(): Promise<Response> {
  await tagPage(TAG.sitemap, TAG.sections);
  return buildSitemapIndex();
}

/**
 * One part of a month's stories, written as rows arrive: the first chunk is read before answering
 * (so an empty or unknown part is a 404), the rest streams in keyset chunks.
 */
async function monthSitemap(month: string, part: number, maxUrls: number): Promise<Response> {
  const start: MonthCursor | null = part > 1 ? await monthCursorAt(month, (part - 1) * maxUrls) : null;
  if (part > 1 && !start) return notFound();
  const first = await articlesOfMonth(month, start, Math.min(CHUNK, maxUrls));
  if (first.length === 0) return notFound();
  const encoder = new TextEncoder();
  let pending = first;
  let written = 0;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(urlsetOpen()));
    },
    async pull(controller) {
      if (done) return;
      const rows = pending.slice(0, maxUrls - written);
      written += rows.length;
      controller.enqueue(
        encoder.encode(rows.map((r) => urlXml({ loc: absoluteUrl(articleUrlPath(r.sectionSlug, r.slug)), lastmod: r.updatedAt })).join('')),
      );
      const last = rows[rows.length - 1];
      if (written >= maxUrls || rows.length < Math.min(CHUNK, maxUrls) || !last) {
        done = true;
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
        return;
      }
      pending = await articlesOfMonth(month, { publishedAt: last.publishedAt, id: last.id }, Math.min(CHUNK, maxUrls - written));
      if (pending.length === 0) {
        done = true;
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
      }
    },
  });
  return new Response(body, { headers: XML });
}

async function listingSitemap(file: Extract<SitemapFile, { kind: 'authors' | 'tags' }>, maxUrls: number): Promise<Response> {
  const offset = (file.part - 1) * maxUrls;
  const rows = file.kind === 'authors' ? await authorSitemapEntries(offset, maxUrls) : await tagSitemapEntries(offset, maxUrls);
  if (rows.length === 0) return notFound();
  const path = file.kind === 'authors' ? authorPath : tagPath;
  return new Response(urlsetXml(rows.map((r) => ({ loc: absoluteUrl(path(r.slug)), lastmod: r.lastModified }))), { headers: XML });
}

async function sectionsSitemap(): Promise<Response> {
  const [sections, newest] = await Promise.all([sectionSitemapEntries(), newestPublicChange()]);
  const entries: UrlEntry[] = [
    { loc: absoluteUrl('/'), lastmod: newest },
    { loc: absoluteUrl('/latest'), lastmod: newest },
    ...sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug)), lastmod: s.lastModified })),
  ];
  return new Response(urlsetXml(entries), { headers: XML });
}

/** Any file under /sitemaps/ by name; unknown names and parts past the end are 404. */
export async function buildSitemapFile(name: string, options: SitemapOptions = {}): Promise<Response> {
  const file = parseSitemapFileName(name);
  if (!file) return notFound();
  const maxUrls = options.maxUrls ?? MAX_URLS_PER_SITEMAP;
  switch (file.kind) {
    case 'articles':
      return monthSitemap(file.month, file.part, maxUrls);
    case 'sections':
      return sectionsSitemap();
    default:
      return listingSitemap(file, maxUrls);
  }
}

export async function sitemapFileResponse(name: string): Promise<Response> {
  await tagPage(TAG.sitemap, TAG.sections);
  return buildSitemapFile(name);
}

async function buildNewsSitemap(options: { limit?: number } = {}): Promise<Response> {
  const rows = await recentlyPublished(NEWS_WINDOW_HOURS, Math.min(options.limit ?? NEWS_MAX_URLS, NEWS_MAX_URLS));
  const xml = newsSitemapXml(
    rows.map((r) => ({ loc: absoluteUrl(articleUrlPath(r.sectionSlug, r.slug)), title: r.title, publishedAt: r.publishedAt })),
    { name: siteName(), language: NEWS_LANGUAGE },
  );
  return new Response(xml, { headers: XML });
}

export async function newsSitemapResponse(): Promise<Response> {
  await tagPage(TAG.sitemap);
  return buildNewsSitemap();
}
