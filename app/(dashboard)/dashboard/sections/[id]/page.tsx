import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { deleteSectionAction } from '@/features/taxonomy/actions';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { ConfirmDelete } from '@/components/dashboard/taxonomy/confirm-delete';
import { SectionEditForm } from '@/components/dashboard/taxonomy/section-forms';
import { sectionInUse } from '@/db/mutations/sections';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { getSection } from '@/features/taxonomy/taxonomy-admin';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Edit section' };

type Props = { params: Promise<{ id: string }> };

export default async function SectionPage({ params }: Props) {
  const staff = await requireStaff();
  if (!can(staff, 'taxonomy.manage')) {
    return <ForbiddenNotice title="Sections and tags are managed by editors" reason="Only editors and administrators can change sections." />;
  }
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const section = await getSection(staff, id);
  if (!section) notFound();
  return (
    <>
      <p className="text-sm">
        <a href="/dashboard/sections" className="font-semibold text-accent hover:underline">
          ← Sections & tags
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit section: {section.name}</h1>
      <p className="mt-1 text-sm text-muted">
        <a href={`/${section.slug}`} className="hover:underline">
          /{section.slug}
        </a>{' '}
        · {section.publishedCount} published · {section.articleCount} articles in all
      </p>
      <div className="mt-6 max-w-xl rounded-lg border border-line p-5">
        <SectionEditForm section={section} />
      </div>
      <section aria-labelledby="delete-heading" className="mt-8 max-w-xl rounded-lg border border-line p-5">
        <h2 id="delete-heading" className="mb-3 text-lg font-bold">
          Delete section
        </h2>
        {section.articleCount > 0 ? (
          <p className="text-sm">{sectionInUse(section.articleCount)}</p>
        ) : (
          <ConfirmDelete
            action={deleteSectionAction}
            id={section.id}
            label="Delete section"
            question={`Delete “${section.name}”? It disappears from the navigation and /${section.slug} stops answering.`}
            afterDelete="/dashboard/sections"
          />
        )}
      </section>
    </>
  );
}
