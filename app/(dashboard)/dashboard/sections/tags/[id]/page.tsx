import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { deleteTagAction } from '@/features/taxonomy/actions';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { ConfirmDelete } from '@/components/dashboard/taxonomy/confirm-delete';
import { TagMergeForm, TagRenameForm } from '@/components/dashboard/taxonomy/tag-forms';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { getTag, listTags } from '@/features/taxonomy/taxonomy-admin';
import { tagPath } from '@/lib/site';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Edit tag' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> };

export default async function TagPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!can(staff, 'taxonomy.manage')) {
    return <ForbiddenNotice title="Sections and tags are managed by editors" reason="Only editors and administrators can change tags." />;
  }
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const tag = await getTag(staff, id);
  if (!tag) notFound();
  const others = (await listTags(staff)).filter((t) => t.id !== tag.id);
  const { merged } = await searchParams;
  return (
    <>
      <p className="text-sm">
        <a href="/dashboard/sections" className="font-semibold text-accent hover:underline">
          ← Sections & tags
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit tag: {tag.name}</h1>
      <p className="mt-1 text-sm text-muted">
        <a href={tagPath(tag.slug)} className="hover:underline">
          {tagPath(tag.slug)}
        </a>{' '}
        · {tag.publishedCount} published · {tag.articleCount} articles in all
      </p>
      {merged === '1' && (
        <p role="status" className="mt-3 rounded-md bg-surface p-3 text-sm">
          Tags merged into “{tag.name}”.
        </p>
      )}
      <section aria-labelledby="rename-heading" className="mt-6 max-w-xl rounded-lg border border-line p-5">
        <h2 id="rename-heading" className="mb-3 text-lg font-bold">
          Rename
        </h2>
        <TagRenameForm tag={tag} />
      </section>
      {others.length > 0 && (
        <section aria-labelledby="merge-heading" className="mt-8 max-w-xl rounded-lg border border-line p-5">
          <h2 id="merge-heading" className="mb-3 text-lg font-bold">
            Merge into another tag
          </h2>
          <TagMergeForm tag={tag} others={others} />
        </section>
      )}
      <section aria-labelledby="delete-heading" className="mt-8 max-w-xl rounded-lg border border-line p-5">
        <h2 id="delete-heading" className="mb-3 text-lg font-bold">
          Delete tag
        </h2>
        <ConfirmDelete
          action={deleteTagAction}
          id={tag.id}
          label="Delete tag"
          question={
            tag.articleCount > 0
              ? `Delete “${tag.name}”? It is removed from ${tag.articleCount} ${tag.articleCount === 1 ? 'article' : 'articles'}; the articles stay.`
              : `Delete “${tag.name}”? No article uses it.`
          }
          afterDelete="/dashboard/sections"
        />
      </section>
    </>
  );
}
