import Link from 'next/link';
import { declareResponseStatus } from '@/lib/request-slot';

/**
 * Shown instead of a dashboard page the person's role does not allow, with HTTP 403. The page
 * itself refuses; the navigation merely hides the link.
 */
export function ForbiddenNotice({ title, reason }: { title: string; reason: string }) {
  declareResponseStatus(403);
  return (
    <section aria-labelledby="forbidden-heading" className="max-w-xl rounded-lg border border-line p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">403 · Not allowed</p>
      <h1 id="forbidden-heading" className="mt-1 text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-2">{reason}</p>
      <p className="mt-4">
        <Link href="/dashboard" className="font-semibold text-accent hover:underline">
          Back to the overview
        </Link>
      </p>
    </section>
  );
}
