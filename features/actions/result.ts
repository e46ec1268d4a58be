import type { ZodError } from 'zod';
import { AppError, VersionConflictError, type ConflictInfo } from '@/lib/errors';
import type { Change } from '@/lib/changes/change';
import { onCommitted } from '@/lib/changes/pipeline';

/** What every server action returns: data, or a message (and field errors) fit to show a person. */
export type ActionResult<T = null> =
  | {
      ok: true;
      data: T;
      message?: string;
      /** Saved, but something after the save went wrong (pages could not be refreshed yet). */
      warning?: string;
    }
  | {
      ok: false;
      error: string;
      code: 'unauthenticated' | 'forbidden' | 'invalid' | 'conflict' | 'not_found' | 'unavailable' | 'failed';
      fieldErrors?: Record<string, string>;
      conflict?: ConflictInfo;
    };

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

export const STALE_PAGES_WARNING = 'Saved. Readers may see the previous version for a moment while the pages refresh.';

/**
 * Announces a committed change and says so in the action's answer: the write is saved whatever
 * happens after it, and if pages could not be refreshed the person is told that, not "not saved".
 */
export async function afterCommit<T>(change: Change, result: Extract<ActionResult<T>, { ok: true }>): Promise<ActionResult<T>> {
  const delivery = await onCommitted(change);
  return delivery.refreshed ? result : { ...result, warning: STALE_PAGES_WARNING };
}

/** The answer for an expected failure (lib/errors.ts). */
function failureOf(error: AppError): ActionFailure {
  return {
    ok: false,
    code: error.code,
    error: error.message,
    ...(Object.keys(error.fieldErrors).length ? { fieldErrors: error.fieldErrors } : {}),
    ...(error instanceof VersionConflictError ? { conflict: error.info } : {}),
  };
}

/** Runs a service body, turning expected failures into answers; anything else goes on to runAction. */
export async function expectedFailures<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) return failureOf(error);
    throw error;
  }
}

export function invalid(error: ZodError, message = 'Please correct the highlighted fields.'): ActionFailure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, code: 'invalid', error: message, fieldErrors };
}

function isDatabaseDown(error: unknown): boolean {
  const e = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P03', '08006', '08001'].includes(e?.code ?? '') ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(e?.message ?? '')
  );
}

/**
 * Runs an action body and turns expected failures into messages. Unexpected errors are logged on
 * the server and reach the person as a generic retryable message, never as a stack trace.
 */
export async function runAction<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) return failureOf(error);
    // next/navigation's redirect() and notFound() work by throwing; let them through.
    if ((error as { digest?: string })?.digest?.startsWith('NEXT_')) throw error;
    if (isDatabaseDown(error)) {
      return { ok: false, code: 'unavailable', error: 'The database is unavailable right now. Nothing was lost: your text is still here. Try again in a moment.' };
    }
    console.error('[action] unexpected failure', error);
    return { ok: false, code: 'failed', error: 'Something went wrong on our side and nothing was saved. Please try again.' };
  }
}
