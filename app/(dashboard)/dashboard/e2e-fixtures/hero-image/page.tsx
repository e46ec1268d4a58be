import { notFound } from 'next/navigation';
import { HeroImageFieldFixture } from '@/components/dashboard/hero-image-field-fixture';
import { requireStaff } from '@/lib/auth/session';

/**
 * Mounts the editor's lead-image field on its own so end-to-end tests can drive the media picker
 * without depending on the article editor. Exists only when the test harness sets
 * NORTHGATE_E2E_FIXTURES=1; everywhere else it is a 404.
 */
export default async function HeroImageFixturePage() {
  if (process.env.NORTHGATE_E2E_FIXTURES !== '1') notFound();
  await requireStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Lead image field</h1>
      <HeroImageFieldFixture />
    </>
  );
}
