import 'server-only';
import { pageCount } from '@/lib/paging';
import { ForbiddenError } from '@/lib/errors';
import { z } from 'zod';
import { listAuditActions, listAuditActors, listAuditEntries, type AuditRow } from '@/db/queries/audit';

import { can, type StaffUser } from '@/features/auth/permissions';

const AUDIT_PAGE_SIZE = 50;

const AUDIT_LABELS: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.sign_in_throttled': 'Sign-in refused (too many attempts)',
  'auth.first_admin': 'Created the first administrator',
  'article.publish': 'Published an article',
  'article.schedule': 'Scheduled an article',
  'article.scheduled_publish': 'Scheduled article went live',
  'article.unpublish': 'Unpublished an article',
  'article.archive': 'Archived an article',
  'article.trash': 'Moved an article to the trash',
  'article.restore': 'Restored an article from the trash',
  'article.purge': 'Deleted an article for good',
  'staff.create': 'Created a staff account',
  'staff.role_change': 'Changed a role',
  'staff.disable': 'Disabled an account',
  'staff.enable': 'Re-enabled an account',
  'staff.password_reset': 'Reset a password',
  'staff.password_change': 'Changed own password',
  'section.delete': 'Deleted a section',
  'section.rename': 'Changed a section’s address',
  'tag.delete': 'Deleted a tag',
  'tag.merge': 'Merged tags',
};

export function auditLabel(action: string): string {
  return AUDIT_LABELS[action] ?? action;
}

// Whatever a caller put in `details`, the page never shows anything that looks like a credential.
const SECRET_KEY = /pass|hash|token|secret|cookie|session/i;

export function visibleDetails(details: Record<string, unknown>): [string, string][] {
  return Object.entries(details)
    .filter(([key]) => !SECRET_KEY.test(key))
    .map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : (JSON.stringify(value) ?? '')]);
}

const query = z.object({
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .max(64)
    .optional()
    .catch(undefined),
  actor: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type AuditQuery = { action?: string; actorId?: number; page: number };

/** Reads the page's ?action=&actor=&page= leniently: a malformed filter is ignored, never an error page. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = query.parse({ action: first(params.action), actor: first(params.actor), page: first(params.page) });
  return { action: parsed.action, actorId: parsed.actor, page: parsed.page ?? 1 };
}

export type AuditPage = {
  items: AuditRow[];
  total: number;
  page: number;
  pages: number;
  actions: string[];
  actors: { id: number; name: string }[];
};

export async function readAuditLog(staff: StaffUser, q: AuditQuery): Promise<AuditPage> {
  if (!can(staff, 'audit.read')) throw new ForbiddenError('Only administrators can read the audit log.');
  const [{ items, total }, actions, actors] = await Promise.all([
    listAuditEntries({ action: q.action, actorId: q.actorId }, q.page, AUDIT_PAGE_SIZE),
    listAuditActions(),
    listAuditActors(),
  ]);
  return { items, total, page: q.page, pages: pageCount(total, AUDIT_PAGE_SIZE), actions, actors };
}
