import type { Metadata } from 'next';
import { siteFeed, type FeedLinks } from '@/features/feeds/paths';
import { BRAND, SITE_LOCALE } from '@/lib/brand';
import { siteName } from '@/lib/site';

export type ShareImage = { url: string; width: number; height: number; alt: string };

type PageSeo = {
  /** Shown before the site name (root layout template); `absolute` skips the template (homepage). */
  title: string | { absolute: string };
  description: string;
  /** Canonical path; resolved against SITE_URL by metadataBase, so the emitted URL is absolute. */
  path: string;
  /** Feeds of this page besides the site feed (a section's or an author's). */
  feeds?: FeedLinks[];
  image?: ShareImage | null;
  /** Search results and other pages crawlers should not list. */
  noindex?: boolean;
  openGraph?: NonNullable<Metadata['openGraph']>;
};

const INDEXABLE: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

const NOT_INDEXABLE: Metadata['robots'] = { index: false, follow: true };

function feedAlternates(feeds: FeedLinks[]): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  return {
    'application/rss+xml': feeds.map((f) => ({ url: f.rss, title: `${f.title} (RSS)` })),
    'application/atom+xml': feeds.map((f) => ({ url: f.atom, title: `${f.title} (Atom)` })),
  };
}

function defaultShareImage(): ShareImage {
  const card = BRAND.shareCards[0];
  return { url: card.path, width: card.width, height: card.height, alt: siteName() };
}

/**
 * Everything a public page says about itself to search engines and social networks. Next merges
 * metadata one level deep, so a page's openGraph replaces the layout's entirely; building the
 * whole set here keeps og:site_name, og:locale and the feed links on every page.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  const name = siteName();
  const title = typeof seo.title === 'string' ? seo.title : seo.title.absolute;
  const image = seo.image ?? defaultShareImage();
  return {
    title: seo.title,
    description: seo.description,
    alternates: { canonical: seo.path, types: feedAlternates([siteFeed(name), ...(seo.feeds ?? [])]) },
    robots: seo.noindex ? NOT_INDEXABLE : INDEXABLE,
    openGraph: {
      type: 'website',
      siteName: name,
      locale: SITE_LOCALE,
      url: seo.path,
      title,
      description: seo.description,
      images: [image],
      ...seo.openGraph,
    },
    twitter: { card: 'summary_large_image', title, description: seo.description, images: [{ url: image.url, alt: image.alt }] },
  };
}
