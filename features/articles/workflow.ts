import 'server-only';
import { FieldErrors, ForbiddenError } from '@/lib/errors';
import { db, type Executor } from '@/db/client';
import * as articleRows from '@/db/mutations/articles';
import type { Transition } from '@/db/mutations/articles';
import { recordAudit, type AuditEntry } from '@/db/mutations/audit';
import { getArticleRow, type EditableArticle } from '@/db/queries/article-rows';
import { requestContext } from '@/features/auth/request-context';
import { expectedFailures, afterCommit, type ActionResult } from '@/features/actions/result';
import { can, canArticle, type StaffUser } from '@/features/auth/permissions';
import { bodyText } from '@/lib/rich-text/sanitize';
import { scheduleInputSchema, transitionInputSchema } from './draft-schema';
import { newArticleRef, stepAllowedFrom, type WorkflowStep } from './editor-permissions';
import { articleFor, metaAfterChange } from './editor-load';
import { STATUS_LABELS, type EditorMeta } from './editor-types';
import { invalidInput, notFound } from './failures';
import { readinessProblems } from './publish-check';
import { parseSave, persistDraft, type ParsedSave } from './save';

/** Scheduling further ahead than this is almost always a mistyped year. */
const MAX_SCHEDULE_AHEAD_MS = 2 * 365 * 86_400_000;

const VERB: Record<WorkflowStep, string> = {
  publish: 'published',
  schedule: 'scheduled',
  submit: 'submitted for review',
  unpublish: 'moved back to drafts',
  archive: 'archived',
};

function refuseStep(step: WorkflowStep, row: EditableArticle | null): void {
  const status = row?.status ?? 'draft';
  if (row?.deletedAt) throw new ForbiddenError('This article is in the trash. Restore it first.');
  if (!stepAllowedFrom(step, status)) {
    throw new FieldErrors({}, `This article is ${STATUS_LABELS[status].toLowerCase()}, so it cannot be ${VERB[step]} now. Reload to see its current state.`);
  }
}

/** Written in the transaction of the change it records, with the request's address like every audit row. */
async function audit(tx: Executor, staff: StaffUser, action: AuditEntry['action'], id: number, details: Record<string, unknown> = {}) {
  const { ip } = await requestContext();
  await recordAudit({ actorId: staff.id, action, targetType: 'article', targetId: id, ip, details }, tx);
}

/**
 * Saves the editor's fields and moves the article on in one step ("Publish", "Schedule",
 * "Submit for review"): one transaction, one new version and revision, its audit row, and one
 * announcement after the commit. Permission, state and completeness are checked before anything
 * is written, and the write is version-checked, so nobody else's save can slip in unnoticed.
 */
async function saveAndMove(
  staff: StaffUser,
  input: ParsedSave,
  step: 'publish' | 'schedule' | 'submit',
  transition: Transition,
): Promise<ActionResult<EditorMeta>> {
  const row = input.id === undefined ? null : await articleFor(staff, input.id, 'view');
  const ref = row ?? newArticleRef(staff);
  const permission = step === 'submit' ? 'submit' : 'publish';
  if (!canArticle(staff, permission, ref)) {
    throw new ForbiddenError(step === 'submit' ? 'Only the author of a draft can submit it for review.' : 'You do not have permission to publish this article.');
  }
  refuseStep(step, row);
  const problems = readinessProblems(input.draft, bodyText, step === 'submit' ? 'review' : 'publish');
  if (Object.keys(problems).length) {
    throw new FieldErrors(problems, step === 'submit' ? 'Finish these before submitting for review:' : 'Finish these before publishing:');
  }
  const moved = await db().transaction(async (tx) => {
    const saved = await persistDraft(staff, input, row, { transition, database: tx });
    if (step === 'publish') await audit(tx, staff, 'article.publish', saved.id, { slug: saved.slug });
    if (transition.to === 'scheduled') await audit(tx, staff, 'article.schedule', saved.id, { at: transition.at.toISOString() });
    return saved;
  });
  return afterCommit(moved.change, { ok: true, data: await metaAfterChange(staff, moved.id) });
}

export async function publishArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = parseSave(raw);
    if (!parsed.ok) return parsed.failure;
    return saveAndMove(staff, parsed.input, 'publish', { to: 'published' });
  });
}

export async function scheduleArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = scheduleInputSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const at = new Date(parsed.data.at);
    const now = Date.now();
    if (at.getTime() <= now) throw new FieldErrors({ scheduleAt: 'Choose a time in the future, or use Publish now.' });
    if (at.getTime() - now > MAX_SCHEDULE_AHEAD_MS) throw new FieldErrors({ scheduleAt: 'Choose a time within the next two years.' });
    return saveAndMove(staff, parsed.data.save, 'schedule', { to: 'scheduled', at });
  });
}

export async function submitForReview(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = parseSave(raw);
    if (!parsed.ok) return parsed.failure;
    return saveAndMove(staff, parsed.input, 'submit', { to: 'pending_review' });
  });
}

type StatusChange = 'unpublish' | 'archive';

async function changeStatus(staff: StaffUser, raw: unknown, step: StatusChange): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = transitionInputSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const row = await articleFor(staff, parsed.data.id, step);
    refuseStep(step, row);
    const moved = await db().transaction(async (tx) => {
      const write = await articleRows.transitionArticle(row.id, { to: step === 'archive' ? 'archived' : 'draft' }, { expectedVersion: parsed.data.expectedVersion, editorId: staff.id }, tx);
      await audit(tx, staff, step === 'archive' ? 'article.archive' : 'article.unpublish', write.id, { from: row.status });
      return write;
    });
    return afterCommit(moved.change, { ok: true, data: await metaAfterChange(staff, moved.id) });
  });
}

/** Back to draft: takes a live story down, cancels a schedule, returns a submission or reopens an archived story. */
export function unpublishArticle(staff: StaffUser, raw: unknown) {
  return changeStatus(staff, raw, 'unpublish');
}

export function archiveArticle(staff: StaffUser, raw: unknown) {
  return changeStatus(staff, raw, 'archive');
}

export async function trashArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = transitionInputSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const row = await articleFor(staff, parsed.data.id, 'trash');
    const moved = await db().transaction(async (tx) => {
      const write = await articleRows.setArticleTrashed(row.id, true, { expectedVersion: parsed.data.expectedVersion, editorId: staff.id }, tx);
      await audit(tx, staff, 'article.trash', write.id, { status: row.status });
      return write;
    });
    return afterCommit(moved.change, { ok: true, data: await metaAfterChange(staff, moved.id) });
  });
}

export async function restoreArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<EditorMeta>> {
  return expectedFailures(async () => {
    const parsed = transitionInputSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const row = await articleFor(staff, parsed.data.id, 'restore');
    const moved = await db().transaction(async (tx) => {
      const write = await articleRows.setArticleTrashed(row.id, false, { expectedVersion: parsed.data.expectedVersion, editorId: staff.id }, tx);
      await audit(tx, staff, 'article.restore', write.id, { status: row.status });
      return write;
    });
    return afterCommit(moved.change, { ok: true, data: await metaAfterChange(staff, moved.id) });
  });
}

const PURGE_IS_FOR_ADMINS = 'Only administrators can delete articles permanently.';

/** Deletes a trashed article for good (administrators only), with its revisions. */
export async function purgeArticle(staff: StaffUser, raw: unknown): Promise<ActionResult<null>> {
  return expectedFailures(async () => {
    const parsed = transitionInputSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    // Asked before the article is looked up: anyone else would learn from the answer whether an
    // id exists and whether it is in the trash.
    if (!can(staff, 'article.purge')) throw new ForbiddenError(PURGE_IS_FOR_ADMINS);
    const row = await getArticleRow(parsed.data.id);
    if (!row) throw notFound();
    if (!canArticle(staff, 'purge', row)) throw new ForbiddenError('Move the article to the trash first; only trashed articles can be deleted permanently.');
    const { change } = await db().transaction(async (tx) => {
      const write = await articleRows.purgeArticle(row.id, tx);
      await audit(tx, staff, 'article.purge', row.id, { title: row.title, slug: row.slug });
      return write;
    });
    return afterCommit(change, { ok: true, data: null, message: `“${row.title}” was deleted permanently.` });
  });
}
