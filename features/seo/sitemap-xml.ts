import { w3cDateTime, xmlEscape } from '@/lib/xml';

/** The sitemaps.org limit per file; bigger sets are split into numbered parts. */
export const MAX_URLS_PER_SITEMAP = 50_000;
/** Google News reads stories first published in the last two days, at most 1 000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1000;
/** ISO 639 code Google News expects (it takes no region, unlike the pages' en-GB). */
export const NEWS_LANGUAGE = 'en';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export type SitemapFile =
  | { kind: 'articles'; month: string; part: number }
  | { kind: 'sections' }
  | { kind: 'authors'; part: number }
  | { kind: 'tags'; part: number };

/** File name under /sitemaps/; part 1 has no number so each file has exactly one name. */
export function sitemapFileName(file: SitemapFile): string {
  const part = 'part' in file && file.part > 1 ? `-${file.part}` : '';
  switch (file.kind) {
    case 'articles':
      return `articles-${file.month}${part}.xml`;
    case 'sections':
      return 'sections.xml';
    case 'authors':
      return `authors${part}.xml`;
    case 'tags':
      return `tags${part}.xml`;
  }
}

const FILE_NAME = /^(?:articles-(\d{4}-(?:0[1-9]|1[0-2]))|(sections)|(authors)|(tags))(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/;

/** The inverse of sitemapFileName; anything else (including "-1" parts) is not a file we serve. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const m = FILE_NAME.exec(name);
  if (!m) return null;
  const part = m[5] ? Number(m[5]) : 1;
  if (m[1]) return { kind: 'articles', month: m[1], part };
  if (m[2]) return part === 1 ? { kind: 'sections' } : null;
  if (m[3]) return { kind: 'authors', part };
  return { kind: 'tags', part };
}

/** How many files `urls` entries need. */
export function partsFor(urls: number, maxUrls = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(urls / maxUrls));
}

export type UrlEntry = { loc: string; lastmod?: Date | null };

export function urlsetOpen(): string {
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n`;
}

export const URLSET_CLOSE = '</urlset>\n';

export function urlXml(entry: UrlEntry): string {
  const lastmod = entry.lastmod ? `<lastmod>${w3cDateTime(entry.lastmod)}</lastmod>` : '';
  return `<url><loc>${xmlEscape(entry.loc)}</loc>${lastmod}</url>\n`;
}

export function urlsetXml(entries: UrlEntry[]): string {
  return urlsetOpen() + entries.map(urlXml).join('') + URLSET_CLOSE;
}

export function sitemapIndexXml(entries: UrlEntry[]): string {
  const body = entries
    .map((e) => `<sitemap><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDateTime(e.lastmod)}</lastmod>` : ''}</sitemap>\n`)
    .join('');
  return `${DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${body}</sitemapindex>\n`;
}

type NewsEntryXml = { loc: string; title: string; publishedAt: Date };

/**
 * A Google News sitemap. With no story in the window it is an empty <urlset>: well-formed and what
 * Google expects, although sitemaps.org's XSD asks for at least one <url> in a urlset.
 */
export function newsSitemapXml(entries: NewsEntryXml[], publication: { name: string; language: string }): string {
  const pub = `<news:publication><news:name>${xmlEscape(publication.name)}</news:name><news:language>${xmlEscape(publication.language)}</news:language></news:publication>`;
  const body = entries
    .map(
      (e) =>
        `<url><loc>${xmlEscape(e.loc)}</loc><news:news>${pub}<news:publication_date>${w3cDateTime(e.publishedAt)}</news:publication_date>` +
        `<news:title>${xmlEscape(e.title)}</news:title></news:news></url>\n`,
    )
    .join('');
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${body}</urlset>\n`;
}
