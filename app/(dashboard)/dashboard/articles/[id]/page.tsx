import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/dashboard/editor/article-editor';

import { loadEditorSnapshot } from '@/features/articles/editor-load';
import { loadStoryPage } from '@/features/articles/story-page';
import { loadEditorChoices } from '@/features/articles/editor-page';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  // Missing and not-yours look the same from outside: a 404.
  const { data: snapshot } = await loadStoryPage(params, loadEditorSnapshot);
  const { sections, tags } = await loadEditorChoices();
  // Keyed by id so moving between articles never carries one article's state into another.
  return <ArticleEditor key={snapshot.meta.id} initial={snapshot} newPermissions={null} sections={sections} tags={tags} />;
}
