import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/dashboard/editor/article-editor';
import { requireStaff } from '@/features/auth/session';
import { loadEditorChoices, newArticlePermissions } from '@/features/articles/editor-page';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const staff = await requireStaff();
  const permissions = newArticlePermissions(staff);
  if (!permissions) notFound();
  const { sections, tags } = await loadEditorChoices();
  return <ArticleEditor initial={null} newPermissions={permissions} sections={sections} tags={tags} />;
}
