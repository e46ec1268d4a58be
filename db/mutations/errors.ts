/** Postgres unique_violation, checked by SQLSTATE rather than message text. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const pg = e as { code?: string; constraint?: string };
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

/** Postgres foreign_key_violation: something still points at the row. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = ((error as { cause?: unknown })?.cause ?? error) as { code?: string };
  return e?.code === '23503';
}
