import 'server-only';
import { namesForIds } from '@/db/queries/newsroom-articles';
import { bodyText } from '@/lib/rich-text/sanitize';
import { diffArticles, type ComparableArticle, type FieldDiff } from './diff';
import type { ArticleDraft } from './editor-types';

/** The editable content of an article, wherever it comes from (a revision, the row, the editor). */
export type ArticleContent = ArticleDraft;

type Names = Awaited<ReturnType<typeof namesForIds>>;

function comparable(content: ArticleContent, names: Names): ComparableArticle {
  const name = (map: Map<number, string>, id: number | null, missing: string) => (id === null ? '' : (map.get(id) ?? missing));
  return {
    title: content.title,
    standfirst: content.standfirst,
    slug: content.slug,
    section: name(names.sections, content.sectionId, '(deleted section)'),
    tags: content.tagIds.map((id) => names.tags.get(id) ?? '(deleted tag)').join(', '),
    hero: name(names.media, content.heroMediaId, '(deleted image)'),
    heroAlt: content.heroAlt,
    heroCaption: content.heroCaption,
    heroCredit: content.heroCredit,
    body: bodyText(content.body),
    seoTitle: content.seoTitle,
    seoDescription: content.seoDescription,
  };
}

/** Field-by-field differences from `before` to `after`; the body is compared word by word as text. */
export async function compareContent(before: ArticleContent, after: ArticleContent): Promise<FieldDiff[]> {
  const ids = (pick: (c: ArticleContent) => (number | null)[]) => [...new Set([...pick(before), ...pick(after)].filter((v): v is number => v !== null))];
  const names = await namesForIds({
    sectionIds: ids((c) => [c.sectionId]),
    tagIds: ids((c) => c.tagIds),
    mediaIds: ids((c) => [c.heroMediaId]),
  });
  return diffArticles(comparable(before, names), comparable(after, names));
}
