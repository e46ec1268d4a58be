import type {
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  Organization,
  SearchAction,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { ArticleDetail, HeroImage } from '@/db/queries/types';
import { mediaUrl } from '@/lib/media/storage';
import { BRAND } from '@/lib/brand';
import { absoluteUrl, articlePath, authorPath, sectionPath, siteName } from '@/lib/site';

/**
 * Serializes structured data for a <script type="application/ld+json"> element. JSON.stringify
 * alone would let a headline such as `</script><script>…` end the element and run as code, so
 * every character that HTML treats specially inside a script (and the two line separators that
 * break older JavaScript parsers) is written as a \u escape, which JSON readers decode unchanged.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function logo(): ImageObject {
  return { '@type': 'ImageObject', url: absoluteUrl(BRAND.logo.path), width: `${BRAND.logo.width}`, height: `${BRAND.logo.height}` };
}

export function publisher(): Exclude<Organization, string> {
  return { '@type': 'Organization', '@id': absoluteUrl('/#organization'), name: siteName(), url: absoluteUrl('/'), logo: logo() };
}

type Crop = { url: string; width: number; height: number };

/** 16:9, 4:3 and 1:1 pictures at least 1200 px wide: Google picks the crop that fits its layout. */
function articleImages(hero: HeroImage | null): Crop[] {
  if (hero) {
    const wide = hero.variants.filter((v) => v.kind === 'hero' && v.width >= 1200).sort((a, b) => b.width - a.width)[0];
    const fourThree = hero.variants.find((v) => v.kind === 'crop-4x3' && v.width >= 1200);
    const square = hero.variants.find((v) => v.kind === 'crop-1x1' && v.width >= 1200);
    const crops = [wide, fourThree, square].filter((v) => v !== undefined);
    if (crops.length === 3) return crops.map((v) => ({ url: absoluteUrl(mediaUrl(hero.key, v.file)), width: v.width, height: v.height }));
  }
  // A story without its own picture still needs images to appear in Top stories: the brand cards.
  return BRAND.shareCards.map((c) => ({ url: absoluteUrl(c.path), width: c.width, height: c.height }));
}

export function newsArticleJsonLd(article: ArticleDetail): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.seoDescription || article.standfirst,
    image: articleImages(article.hero).map((c) => ({ '@type': 'ImageObject', url: c.url, width: `${c.width}`, height: `${c.height}` })),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(authorPath(article.author.slug)) }],
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    isAccessibleForFree: true,
    inLanguage: 'en-GB',
  };
}

function breadcrumbJsonLd(trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: absoluteUrl(step.path) })),
  };
}

export function articleBreadcrumbs(article: ArticleDetail) {
  return breadcrumbJsonLd([
    { name: 'Home', path: '/' },
    { name: article.section.name, path: sectionPath(article.section.slug) },
    { name: article.title, path: articlePath(article) },
  ]);
}

// Google's sitelinks search box reads "query-input", which schema.org's vocabulary (and so
// schema-dts) does not define.
type SiteSearchAction = SearchAction & { 'query-input': string };

export function webSiteJsonLd(): WithContext<WebSite> {
  const action: SiteSearchAction = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': absoluteUrl('/#website'),
    name: siteName(),
    url: absoluteUrl('/'),
    inLanguage: 'en-GB',
    publisher: { '@id': absoluteUrl('/#organization') },
    potentialAction: action,
  };
}

export function organizationJsonLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...publisher() };
}
