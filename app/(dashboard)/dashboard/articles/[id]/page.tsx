import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/dashboard/editor/article-editor';
import { AppError } from '@/lib/errors';

import { requireStaff } from '@/features/auth/session';
import { loadEditorSnapshot } from '@/features/articles/editor-load';
import { loadEditorChoices } from '@/features/articles/editor-page';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const staff = await requireStaff();
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const snapshot = await loadEditorSnapshot(staff, id).catch((error: unknown) => {
    // Missing and not-yours look the same from outside: a 404.
    if (error instanceof AppError) return null;
    throw error;
  });
  if (!snapshot) notFound();
  const { sections, tags } = await loadEditorChoices();
  // Keyed by id so moving between articles never carries one article's state into another.
  return <ArticleEditor key={snapshot.meta.id} initial={snapshot} newPermissions={null} sections={sections} tags={tags} />;
}
