import type { ArticleStatus } from '@/db/schema';
import { ARTICLE_CONTENT, CONTENT_FIELDS, emptyContent, type ArticleContent, type ContentField } from '@/lib/articles/content';
import type { PickedMedia } from '@/lib/media/picked';

/**
 * Shapes shared by the editor (client) and the newsroom's server functions. Plain data only: the
 * client imports this file, so it must never import anything server-side.
 */

/** Everything a person edits in the editor, exactly as a save sends it. */
export type ArticleDraft = ArticleContent;

/** What the signed-in person may do to this article right now; buttons are shown from this. */
export type EditorPermissions = {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  archive: boolean;
  trash: boolean;
  restore: boolean;
  purge: boolean;
  createTags: boolean;
};

export type EditorMeta = {
  id: number;
  version: number;
  status: ArticleStatus;
  slug: string;
  deleted: boolean;
  authorName: string;
  lastEditedBy: string | null;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** Where readers find it while it is published, e.g. /city/bridge-reopens. */
  publicPath: string | null;
  permissions: EditorPermissions;
};

/** The article as it is in the database now, ready to load into the editor. */
export type EditorSnapshot = { draft: ArticleDraft; hero: PickedMedia | null; meta: EditorMeta };

/** A save from the editor: new when `id` is absent, otherwise an edit of `expectedVersion`. */
export type SaveInput = {
  id?: number;
  expectedVersion?: number;
  /** The slug was generated from the title, so the server may pick a free variant if it is taken. */
  slugAuto: boolean;
  draft: ArticleDraft;
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  pending_review: 'Pending review',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
};

/** Lengths the editor counts against; search engines cut titles and descriptions beyond these. */
export const SEO_LIMITS = { title: 60, description: 160 } as const;

/** Hard limits, enforced on the server. */
export const FIELD_LIMITS = {
  ...(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, ARTICLE_CONTENT[f].max])) as { [F in ContentField]: (typeof ARTICLE_CONTENT)[F]['max'] }),
  tags: ARTICLE_CONTENT.tagIds.max,
  tagName: 60,
} as const;

export const emptyDraft: () => ArticleDraft = emptyContent;
