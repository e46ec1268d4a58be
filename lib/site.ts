import { env } from '@/lib/env';

export function siteName(): string {
  return env().siteName;
}

/** Absolute URL on the public site, for canonicals, feeds, sitemaps and structured data. */
export function absoluteUrl(pathname: string): string {
  return `${env().siteUrl}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}

/** Where readers find a published story: the one place its URL is built. */
export function articleUrlPath(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
}

export function articlePath(article: { slug: string; section: { slug: string } }): string {
  return articleUrlPath(article.section.slug, article.slug);
}

export const sectionPath = (slug: string) => `/${slug}`;
export const authorPath = (slug: string) => `/author/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;

/** `?page=N` form of a listing URL; page 1 is the bare path so there is one canonical URL for it. */
export function pagedPath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}
