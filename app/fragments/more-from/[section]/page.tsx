import { notFound } from 'next/navigation';
import { MoreFromSection } from '@/components/site/more-from-section';
import { getSectionLatest } from '@/db/queries/public-articles';
import { getSectionBySlug } from '@/db/queries/taxonomy';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS } from '@/lib/esi';
import { isValidSlug } from '@/lib/slug';

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** "More from <section>", rendered once for every article page of the section. */
export default async function MoreFromFragment({ params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = isValidSlug(slug) ? await getSectionBySlug(slug) : null;
  await tagPage(TAG.sections, TAG.section(slug));
  if (!section) notFound();
  const articles = await getSectionLatest(section.id, FRAGMENTS.moreFrom(slug).shown + 1);
  await tagPage(...articles.map((a) => TAG.article(a.id)));
  return <MoreFromSection sectionName={section.name} articles={articles} />;
}
