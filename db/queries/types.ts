import type { MediaVariant } from '../schema';

/** Plain, serializable shapes handed to pages; dates are ISO strings. */
export type HeroImage = {
  key: string;
  variants: MediaVariant[];
  alt: string;
  caption: string;
  credit: string;
};

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: string;
  updatedAt: string;
  section: { slug: string; name: string };
  author: { slug: string; name: string };
  hero: HeroImage | null;
};

export type ArticleDetail = ArticleCard & {
  body: string;
  /** Always set on public pages; null only in the staff preview of a draft without a section. */
  sectionId: number | null;
  authorId: number;
  authorBio: string;
  seoTitle: string;
  seoDescription: string;
  tags: { slug: string; name: string }[];
};

export type { Paged } from '@/lib/paging';

export type SectionSummary = { id: number; slug: string; name: string; description: string; position: number };
