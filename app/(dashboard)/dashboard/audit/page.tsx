import type { Metadata } from 'next';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { DateTime } from '@/components/site/date-time';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { auditLabel, parseAuditQuery, readAuditLog, visibleDetails, type AuditQuery } from '@/features/audit/audit-log';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(q: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (q.action) params.set('action', q.action);
  if (q.actorId) params.set('actor', String(q.actorId));
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `/dashboard/audit?${s}` : '/dashboard/audit';
}

function target(row: { targetType: string; targetId: string; targetName: string | null }) {
  if (!row.targetType) return <span className="text-muted">—</span>;
  if (row.targetType === 'user') {
    return row.targetName ? (
      <a href={`/dashboard/staff/${row.targetId}`} className="text-accent hover:underline">
        {row.targetName}
      </a>
    ) : (
      `Account #${row.targetId}`
    );
  }
  if (row.targetType === 'article') {
    return (
      <a href={`/dashboard/articles/${row.targetId}`} className="text-accent hover:underline">
        Article #{row.targetId}
      </a>
    );
  }
  return `${row.targetType[0]!.toUpperCase()}${row.targetType.slice(1)} #${row.targetId}`;
}

const th = 'py-2 pr-4 font-semibold';
const td = 'py-2 pr-4 align-top';

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!can(staff, 'audit.read')) {
    return <ForbiddenNotice title="The audit log is for administrators" reason="Only administrators can read who did what in the newsroom." />;
  }
  const q = parseAuditQuery(await searchParams);
  const log = await readAuditLog(staff, q);
  const filtered = Boolean(q.action || q.actorId);
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-2 text-muted">Sign-ins, failed sign-ins, publishing, deletions and account changes, newest first.</p>

      <form method="get" action="/dashboard/audit" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Filter the audit log">
        <SelectField
          label="Action"
          name="action"
          defaultValue={q.action ?? ''}
          placeholder={{ label: 'All actions' }}
          options={log.actions.map((a) => ({ value: a, label: auditLabel(a) }))}
        />
        <SelectField
          label="Person"
          name="actor"
          defaultValue={q.actorId ? String(q.actorId) : ''}
          placeholder={{ label: 'Anyone' }}
          options={log.actors.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SubmitButton>Filter</SubmitButton>
        {filtered && (
          <a href="/dashboard/audit" className="py-2 font-semibold text-accent hover:underline">
            Clear filters
          </a>
        )}
      </form>

      <p className="mt-4 text-sm text-muted" role="status">
        {log.total} {log.total === 1 ? 'entry' : 'entries'}
        {filtered ? ' match' : ''}
        {log.pages > 1 ? ` · page ${log.page} of ${log.pages}` : ''}
      </p>

      {log.items.length === 0 ? (
        <p className="mt-6">{log.page > 1 ? 'There is nothing on this page.' : 'Nothing has been recorded that matches.'}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
            <caption className="sr-only">Audit log entries, newest first</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>Time</th>
                <th scope="col" className={th}>Person</th>
                <th scope="col" className={th}>Action</th>
                <th scope="col" className={th}>Target</th>
                <th scope="col" className={th}>IP address</th>
                <th scope="col" className="py-2 font-semibold">Details</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((row) => {
                const details = visibleDetails(row.details);
                return (
                  <tr key={row.id} className="border-b border-line">
                    <td className={`${td} whitespace-nowrap`}>
                      <DateTime iso={row.at.toISOString()} />
                    </td>
                    <td className={td}>{row.actorName ?? <span className="text-muted">Not signed in</span>}</td>
                    <td className={td}>{auditLabel(row.action)}</td>
                    <td className={td}>{target(row)}</td>
                    <td className={`${td} font-mono text-xs`}>{row.ip || '—'}</td>
                    <td className="py-2 align-top">
                      {details.length ? (
                        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                          {details.map(([k, v]) => (
                            <div key={k} className="contents">
                              <dt className="font-semibold">{k}</dt>
                              <dd className="break-all">{v}</dd>
                            </div>
                          ))}
                        </dl>
                      ) : (
                        <span className="text-muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {log.pages > 1 && (
        <nav aria-label="Audit log pages" className="mt-6 flex gap-4">
          {log.page > 1 && (
            <a href={href(q, log.page - 1)} rel="prev" className="font-semibold text-accent hover:underline">
              ← Newer entries
            </a>
          )}
          {log.page < log.pages && (
            <a href={href(q, log.page + 1)} rel="next" className="font-semibold text-accent hover:underline">
              Older entries →
            </a>
          )}
        </nav>
      )}
    </>
  );
}
