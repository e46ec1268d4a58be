import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { SectionCreateForm, SectionOrderButtons } from '@/components/dashboard/taxonomy/section-forms';
import { TagCreateForm } from '@/components/dashboard/taxonomy/tag-forms';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { listSections, listTags } from '@/features/taxonomy/taxonomy-admin';

export const metadata: Metadata = { title: 'Sections & tags' };

const th = 'py-2 pr-4 font-semibold';
const td = 'py-3 pr-4';

export default async function SectionsPage() {
  const staff = await requireStaff();
  if (!can(staff, 'taxonomy.manage')) {
    return <ForbiddenNotice title="Sections and tags are managed by editors" reason="Only editors and administrators can change sections and tags. Ask an editor if you need one." />;
  }
  const [sections, tags] = await Promise.all([listSections(staff), listTags(staff)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Sections & tags</h1>
      <section aria-labelledby="sections-heading" className="mt-6">
        <h2 id="sections-heading" className="text-xl font-bold">
          Sections
        </h2>
        <p className="mt-1 text-sm text-muted">The site’s navigation lists sections in this order. Changes show to readers at once.</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>Order</th>
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Address</th>
                <th scope="col" className={th}>Published</th>
                <th scope="col" className="py-2 font-semibold">All articles</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s, i) => (
                <tr key={s.id} className="border-b border-line align-middle">
                  <td className={td}>
                    <SectionOrderButtons id={s.id} name={s.name} first={i === 0} last={i === sections.length - 1} />
                  </td>
                  <th scope="row" className={`${td} font-semibold`}>
                    <a href={`/dashboard/sections/${s.id}`} className="text-accent hover:underline">
                      {s.name}
                    </a>
                  </th>
                  <td className={td}>
                    <a href={`/${s.slug}`} className="hover:underline">
                      /{s.slug}
                    </a>
                  </td>
                  <td className={td}>{s.publishedCount}</td>
                  <td className="py-3">{s.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-6 max-w-2xl rounded-lg border border-line p-5">
          <h3 className="mb-3 text-lg font-bold">Add a section</h3>
          <SectionCreateForm />
        </div>
      </section>

      <section aria-labelledby="tags-heading" className="mt-12">
        <h2 id="tags-heading" className="text-xl font-bold">
          Tags
        </h2>
        <p className="mt-1 text-sm text-muted">
          {tags.length} {tags.length === 1 ? 'tag' : 'tags'}. Open a tag to rename, merge or delete it.
        </p>
        <div className="mt-4 max-w-2xl rounded-lg border border-line p-5">
          <h3 className="mb-3 text-lg font-bold">Add a tag</h3>
          <TagCreateForm />
        </div>
        <div className="mt-6 overflow-x-auto">
          <table className="w-full min-w-[30rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Address</th>
                <th scope="col" className={th}>Published</th>
                <th scope="col" className="py-2 font-semibold">All articles</th>
              </tr>
            </thead>
            <tbody>
              {tags.map((t) => (
                <tr key={t.id} className="border-b border-line">
                  <th scope="row" className={`${td} font-semibold`}>
                    <a href={`/dashboard/sections/tags/${t.id}`} className="text-accent hover:underline">
                      {t.name}
                    </a>
                  </th>
                  <td className={td}>/tag/{t.slug}</td>
                  <td className={td}>{t.publishedCount}</td>
                  <td className="py-3">{t.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
