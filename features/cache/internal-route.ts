import { refuseCrossSite } from '@/lib/security/origin';
import { revalidateSecret, secretsMatch } from './secret';

/**
 * The door of the internal routes (revalidate, publish-due, prune): only this app's own processes,
 * which know the secret derived from AUTH_SECRET, get through. Null when the request may proceed.
 */
export function refuseUnlessInternal(request: Request): Response | null {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!secretsMatch(request.headers.get('x-revalidate-secret'), revalidateSecret())) {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  return null;
}
