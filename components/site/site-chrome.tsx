import { getSections } from '@/db/queries/taxonomy';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { siteName } from '@/lib/site';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { LOCAL_TIME_SCRIPT, THEME_TOGGLE_SCRIPT } from '@/lib/site-scripts';

/** Header, main landmark and footer shared by every public page, including the 404 page. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [sections] = await Promise.all([getSections(), tagPage(TAG.sections)]);
  const name = siteName();
  return (
    <>
      <SiteHeader siteName={name} sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter siteName={name} sections={sections} />
      <script dangerouslySetInnerHTML={{ __html: LOCAL_TIME_SCRIPT }} />
      <script dangerouslySetInnerHTML={{ __html: THEME_TOGGLE_SCRIPT }} />
    </>
  );
}
