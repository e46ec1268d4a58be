import { z } from 'zod';
import { ARTICLE_CONTENT, CONTENT_FIELDS, type ArticleContent } from './content';

// Ids are PostgreSQL integers: anything past int32 could never name a row.
const id = z.number().int().positive().max(2_147_483_647);

// Generous limits: this shape reads what an editor holds, valid or not (a comparison may be asked
// for before the draft would pass a save's checks), while still bounding what a request carries.
const LOOSE = {
  text: z.string().max(5000),
  slug: z.string().max(1000),
  html: z.string().max(1_000_000),
  section: id.nullable(),
  tags: z.array(id).max(100),
  media: id.nullable(),
} as const;

/** Any article content, unvalidated beyond types and sizes. */
export const looseContentSchema = z
  .object(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, LOOSE[ARTICLE_CONTENT[f].kind]])))
  .strict() as unknown as z.ZodType<ArticleContent>;
