/**
 * Makes user text literal inside a LIKE/ILIKE pattern: PostgreSQL's default escape character is
 * the backslash, so "%", "_" and "\" typed by a person must not act as wildcards.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching `text` anywhere, literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
