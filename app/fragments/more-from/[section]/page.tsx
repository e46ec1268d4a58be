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
  const articles = section ? await getSectionLatest(section.id, FRAGMENTS.moreFrom(slug).shown + 1) : [];
  // The section's listing (a story joining it), its name, and each story shown (an edit of one).
  await tagPage(TAG.sections, TAG.section(slug), ...articles.map((a) => TAG.article(a.id)));
  if (!section) notFound();
  return <MoreFromSection sectionName={section.name} articles={articles} />;
}
