// Shape of the hand-written demo stories; db/seed.ts turns them into rows,
// computes publish times and generates hero images.
export type SeedSectionSlug = 'city' | 'business' | 'science' | 'culture' | 'sport' | 'opinion';

export type SeedAuthorSlug =
  | 'amara-okafor'
  | 'daniel-reyes'
  | 'helena-lindqvist'
  | 'tomasz-nowak'
  | 'priya-raman';

export type SeedArticle = {
  slug: string;
  title: string;
  standfirst: string;
  section: SeedSectionSlug;
  author: SeedAuthorSlug;
  tags: string[];
  heroCaption: string;
  /** HTML limited to p, h2, h3, blockquote, ul, ol, li, strong, em. */
  body: string;
  /** Omitted means published. */
  status?: 'draft' | 'scheduled';
};
