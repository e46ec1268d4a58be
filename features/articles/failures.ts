import type { ZodError } from 'zod';
import { invalid, type ActionFailure } from '@/features/actions/result';
import { NotFoundError } from '@/lib/errors';

export function notFound(): NotFoundError {
  return new NotFoundError('This article no longer exists. It may have been deleted permanently.');
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
