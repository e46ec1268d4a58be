import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { LatestNews } from '@/components/site/latest-news';
import { MoreFromSection } from '@/components/site/more-from-section';
import { SiteChrome } from '@/components/site/site-chrome';
import { requireStaff } from '@/features/auth/session';
import type { ArticleStatus } from '@/db/schema';
import { loadPreview } from '@/features/articles/preview';
import { parseRouteId } from '@/lib/route-params';

// Outside the dashboard layout on purpose: the preview is the public page, site header and all.
export const dynamic = 'force-dynamic';

const STATE: Record<ArticleStatus, string> = {
  draft: 'a draft, not public',
  pending_review: 'waiting for review, not public',
  scheduled: 'scheduled, not public yet',
  published: 'published: this is the live version',
  archived: 'archived, not public',
};

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
};

export default async function PreviewPage({ params }: Props) {
  const staff = await requireStaff();
  const id = parseRouteId((await params).id);
  const preview = id === null ? null : await loadPreview(staff, id);
  if (!preview) notFound();
  const { article, latest, related, status, deleted } = preview;
  const state = deleted ? 'in the trash, not public' : STATE[status];
  const banner = (
    <div role="note" aria-label="Preview" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-dashed border-accent bg-surface p-3 text-sm">
      <p>
        <strong className="mr-2 rounded bg-accent px-2 py-0.5 tracking-wide text-page uppercase">Preview</strong>
        This is how readers will see the last saved version. It is {state}.
      </p>
      <a href={`/dashboard/articles/${article.id}`} className="font-semibold text-accent underline">
        Back to the editor
      </a>
    </div>
  );
  return (
    <SiteChrome>
      <ArticleView
        article={article}
        latest={<LatestNews articles={latest} />}
        related={<MoreFromSection sectionName={article.section.name} articles={related} />}
        banner={banner}
      />
    </SiteChrome>
  );
}
