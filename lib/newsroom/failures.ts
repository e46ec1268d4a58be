import type { ZodError } from 'zod';
import { MutationError } from '@/db/mutations/errors';
import { invalid, type ActionFailure, type ActionResult } from '@/lib/actions/result';

/** Several fields wrong at once (a publish check), shown next to each field. */
export class FieldErrors extends Error {
  constructor(
    readonly fieldErrors: Record<string, string>,
    message = 'Please correct the highlighted fields.',
  ) {
    super(message);
    this.name = 'FieldErrors';
  }
}

export function notFound(): MutationError {
  return new MutationError('This article no longer exists. It may have been deleted permanently.', 'not_found');
}

/**
 * Zod names fields by their path in the input ("draft.title", "save.draft.slug"); the editor names
 * them by the field alone, so errors land next to the right input.
 */
export function invalidInput(error: ZodError): ActionFailure {
  const failure = invalid(error);
  const fieldErrors: Record<string, string> = {};
  for (const [key, message] of Object.entries(failure.fieldErrors ?? {})) {
    fieldErrors[key.replace(/^(save\.)?(draft\.)?/, '')] ??= message;
  }
  return { ...failure, fieldErrors };
}

/** Runs a newsroom function body, turning FieldErrors into a result; everything else goes on to runAction. */
export async function withFieldErrors<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof FieldErrors) return { ok: false, code: 'invalid', error: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
