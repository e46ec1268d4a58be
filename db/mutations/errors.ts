/** Expected outcomes of a write that the caller shows to a person; anything else is a bug or an outage. */
export class MutationError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'conflict' | 'slug_taken' | 'invalid' | 'forbidden',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}

export type ConflictInfo = {
  currentVersion: number;
  savedAt: string;
  savedBy: string | null;
};

export class VersionConflictError extends MutationError {
  constructor(readonly info: ConflictInfo) {
    super(
      `This article was saved by ${info.savedBy ?? 'someone else'} at ${info.savedAt} after you opened it.`,
      'conflict',
    );
    this.name = 'VersionConflictError';
  }
}

/** Postgres unique_violation, checked by SQLSTATE rather than message text. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const pg = e as { code?: string; constraint?: string };
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}
