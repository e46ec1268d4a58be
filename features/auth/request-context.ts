import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from '@/features/auth/client-ip';

/** What the audit log records about where a request came from. */
export type RequestContext = { ip: string };

/**
 * The caller's address for audit entries. Outside a request (tests, scripts) there are no headers,
 * and the entry is recorded without an address rather than failing the change.
 */
export async function requestContext(): Promise<RequestContext> {
  try {
    return { ip: clientIpFrom(await headers()) };
  } catch {
    return { ip: '' };
  }
}
