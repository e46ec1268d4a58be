/**
 * Makes user text literal inside a LIKE/ILIKE pattern: PostgreSQL's default escape character is
 * the backslash, so "%", "_" and "\" typed by a person must not act as wildcards. NUL is dropped:
 * PostgreSQL text cannot contain it, so no row could match it, and sending it fails the whole
 * query (a search for "%00" was a 500).
 *
 * This is the only LIKE escaping in the code base (lib/sql-like.test.ts checks that nobody writes
 * another); build patterns with it or containsPattern.
 */
export function escapeLike(text: string): string {
  return text.replace(/\u0000/g, '').replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching `text` anywhere, literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
