/**
 * The one family of expected failures: each carries a message written for the person who caused
 * it and a code that says what kind of failure it is. Server actions turn them into answers
 * (features/actions/result.ts), route handlers into 4xx responses, commands into a message without a
 * stack. Anything that is not an AppError is a bug or an outage.
 */
type FailureCode = 'forbidden' | 'not_found' | 'invalid' | 'conflict';

export class AppError extends Error {
  constructor(
    message: string,
    readonly code: FailureCode,
    /** Messages to show next to the fields they are about, keyed by field name. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super(message, 'forbidden');
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 'not_found');
  }
}

/** Input that cannot be accepted: one or more fields (a publish check), or the request as a whole. */
export class FieldErrors extends AppError {
  constructor(fieldErrors: Record<string, string>, message = 'Please correct the highlighted fields.') {
    super(message, 'invalid', fieldErrors);
  }
}

/** One field wrong: the message shows at the field and as the summary. */
export function fieldError(field: string, message: string): FieldErrors {
  return new FieldErrors({ [field]: message }, message);
}

export type ConflictInfo = {
  currentVersion: number;
  savedAt: string;
  savedBy: string | null;
};

/** Someone else saved since this person's version: never an overwrite, always this. */
export class VersionConflictError extends AppError {
  constructor(readonly info: ConflictInfo) {
    super(`This article was saved by ${info.savedBy ?? 'someone else'} at ${info.savedAt} after you opened it.`, 'conflict');
  }
}

/** A mistake of whoever ran a command (usage, configuration); printed without a stack. */
export class UserFacingError extends AppError {
  constructor(message: string) {
    super(message, 'invalid');
  }
}
