import type { ArticleContent } from '@/lib/articles/content';
import type { MediaVariant } from '@/lib/media/variants';
import { ARTICLE_STATUSES } from '@/lib/articles/visibility';
import { sql } from 'drizzle-orm';
import { ARTICLE_SEARCH_DOCUMENT, tsvector } from './search-document';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const userRole = pgEnum('user_role', ['contributor', 'author', 'editor', 'admin']);

export const articleStatus = pgEnum('article_status', ARTICLE_STATUSES);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    // Author pages live at /author/<slug>; kept stable when the name changes.
    slug: text('slug').notNull(),
    email: text('email').notNull(),
    role: userRole('role').notNull().default('contributor'),
    bio: text('bio').notNull().default(''),
    avatarMediaId: integer('avatar_media_id').references((): AnyPgColumn => media.id, { onDelete: 'set null' }),
    // Null means the account cannot sign in (seeded demo bylines, for example).
    passwordHash: text('password_hash'),
    // Bumped on disable, role change and password change; JWTs carrying an older value are refused.
    sessionVersion: integer('session_version').notNull().default(1),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_slug_key').on(t.slug),
  ],
);

export const sections = pgTable(
  'sections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sections_slug_key').on(t.slug), index('sections_position_idx').on(t.position)],
);

/** Old slugs of renamed sections answer 301 to the section's current URL, so links and search results keep working. */
export const sectionRedirects = pgTable('section_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  sectionId: integer('section_id')
    .notNull()
    .references(() => sections.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);

export type { MediaVariant } from '@/lib/media/variants';

export const media = pgTable(
  'media',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // Folder name under the media root; never derived from user input.
    storageKey: text('storage_key').notNull(),
    originalName: text('original_name').notNull().default(''),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_storage_key_key').on(t.storageKey), index('media_created_idx').on(t.createdAt)],
);

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    standfirst: text('standfirst').notNull().default(''),
    // Sanitized HTML (lib/rich-text); never rendered without passing the allow-list again.
    body: text('body').notNull().default(''),
    heroMediaId: integer('hero_media_id').references(() => media.id, { onDelete: 'set null' }),
    heroAlt: text('hero_alt').notNull().default(''),
    heroCaption: text('hero_caption').notNull().default(''),
    heroCredit: text('hero_credit').notNull().default(''),
    status: articleStatus('status').notNull().default('draft'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    // First time the article went live; kept across unpublish/republish so the news date stays honest.
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Optimistic concurrency: every save must name the version it started from.
    version: integer('version').notNull().default(1),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    // Null while a draft has no section yet: a reporter's first lines are saved before they choose.
    sectionId: integer('section_id').references(() => sections.id),
    lastEditedBy: integer('last_edited_by').references(() => users.id, { onDelete: 'set null' }),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    // Trash: set means deleted (restorable by editors until an admin purges it).
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    search: tsvector('search').generatedAlwaysAs(ARTICLE_SEARCH_DOCUMENT),
    // Headline words alone: search ranks the newest matches plus the newest headline matches, so an
    // old story whose headline is the query still competes when thousands of newer ones mention it.
    searchTitle: tsvector('search_title').generatedAlwaysAs(sql`to_tsvector('english'::regconfig, coalesce(title, ''))`),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    // `.desc()` alone makes drizzle-kit write DESC NULLS LAST, which cannot serve the queries'
    // `order by … desc` (NULLS FIRST): PostgreSQL then sorted every published row (a sequential
    // scan at 100 000 articles). The null order must match the queries exactly.
    index('articles_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('articles_section_published_idx')
      .on(t.sectionId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('articles_author_published_idx')
      .on(t.authorId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    // The sitemap index counts each month's stories and their latest change: an index-only range
    // scan per month, instead of sorting every published row by month (150 ms at 100 000 stories).
    index('articles_sitemap_months_idx')
      .on(t.publishedAt, t.updatedAt)
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('articles_scheduled_idx')
      .on(t.scheduledAt)
      .where(sql`${t.status} = 'scheduled' and ${t.deletedAt} is null`),
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc().nullsFirst()),
    // The newsroom list filters a status tab by section or by author (contributors see only their own).
    index('articles_section_status_updated_idx').on(t.sectionId, t.status, t.updatedAt.desc().nullsFirst()),
    index('articles_author_status_updated_idx').on(t.authorId, t.status, t.updatedAt.desc().nullsFirst()),
    index('articles_search_idx').using('gin', t.search),
    index('articles_search_title_idx').using('gin', t.searchTitle),
    // Readers see published stories under their section's URL, and scheduled ones go live by
    // themselves: neither may be without a section, whatever path wrote the row.
    check('articles_live_has_section', sql`${t.status} not in ('published', 'scheduled') or ${t.sectionId} is not null`),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

/** A saved version: the article's content (lib/articles/content.ts) and where it stood in the workflow. */
export type RevisionSnapshot = ArticleContent & {
  status: (typeof articleStatus.enumValues)[number];
  scheduledAt: string | null;
};

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // The article version this revision produced.
    version: integer('version').notNull(),
    editorId: integer('editor_id').references(() => users.id, { onDelete: 'set null' }),
    snapshot: jsonb('snapshot').$type<RevisionSnapshot>().notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.version.desc().nullsFirst())],
);

/**
 * An article cut into its blocks (standfirst at position 0, then each paragraph, heading, list
 * item, caption) as plain text, each with its own tsvector. Search snippets run ts_headline on the
 * one or two blocks that match instead of re-parsing the whole body for every result (the parse
 * was 1 ms per result, most of a search's database time). Derived data: a trigger from migration
 * 0004 rebuilds an article's rows whenever its standfirst or body changes, so no writer (seed,
 * dashboard, restore, bench fixtures) can forget it, and backups skip the table.
 */
export const articlePassages = pgTable(
  'article_passages',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english'::regconfig, text)`),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] })],
);

/** Old slugs of published articles answer 301 to the current URL. */
export const articleRedirects = pgTable(
  'article_redirects',
  {
    oldSlug: text('old_slug').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_redirects_article_idx').on(t.articleId)],
);

/** Who did what, for admins: sign-ins, failed sign-ins, publishing, deletions, role changes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull().default(''),
    targetId: text('target_id').notNull().default(''),
    ip: text('ip').notNull().default(''),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at.desc().nullsFirst()), index('audit_log_action_idx').on(t.action, t.at.desc().nullsFirst())],
);

/**
 * Sign-in attempts, kept in PostgreSQL so throttling survives restarts and holds across instances.
 * Email is stored lower-cased and may name no account (failed guesses count too).
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_ip_idx').on(t.email, t.ip, t.at.desc().nullsFirst()), index('login_attempts_ip_idx').on(t.ip, t.at.desc().nullsFirst())],
);

/**
 * Sessions ended by signing out. Sessions are signed cookies, valid on their own until they expire;
 * a signed-out session's id stays here until then, so a copy of the cookie is refused too.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sid: text('sid').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * Page views per story and hour, written in batches by the HTTP server (runtime/server/view-counter.ts).
 * No address, user agent or visitor hash is ever stored: `visitors` is a count of distinct daily
 * visitor hashes that were only ever held in memory. A later per-language "Most read" joins
 * articles for the language; counts stay per article.
 */
export const articleViewsHourly = pgTable(
  'article_views_hourly',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull().default(0),
    visitors: integer('visitors').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hourly_hour_idx').on(t.hour)],
);

export type User = typeof users.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ArticleStatus = (typeof articleStatus.enumValues)[number];
export type UserRole = (typeof userRole.enumValues)[number];
