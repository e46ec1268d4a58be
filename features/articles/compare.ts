import 'server-only';
import { namesForIds } from '@/db/queries/article-revisions';
import { ARTICLE_CONTENT, CONTENT_FIELDS, type ArticleContent, type ContentField } from '@/lib/articles/content';
import { bodyText } from '@/lib/rich-text/sanitize';
import { diffArticles, type ComparableArticle, type FieldDiff } from './diff';

type Names = Awaited<ReturnType<typeof namesForIds>>;

function comparable(content: ArticleContent, names: Names): ComparableArticle {
  const name = (map: Map<number, string>, id: number | null, missing: string) => (id === null ? '' : (map.get(id) ?? missing));
  const shown = (field: ContentField): string => {
    const value = content[field];
    switch (ARTICLE_CONTENT[field].kind) {
      case 'text':
      case 'slug':
        return value as string;
      case 'html':
        return bodyText(value as string);
      case 'section':
        return name(names.sections, value as number | null, '(deleted section)');
      case 'tags':
        return (value as number[]).map((id) => names.tags.get(id) ?? '(deleted tag)').join(', ');
      case 'media':
        return name(names.media, value as number | null, '(deleted image)');
    }
  };
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, shown(f)])) as ComparableArticle;
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
