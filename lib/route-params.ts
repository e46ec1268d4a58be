import { z } from 'zod';

/** Ids are PostgreSQL `integer`s: anything above this would make the query itself fail (a 500). */
export const MAX_RECORD_ID = 2_147_483_647;

/**
 * The one parser for ids in URLs: an `[id]` segment, or an id in the query string. Null for
 * anything that is not a plain positive integer within range, which pages answer with a 404.
 */
export function parseRouteId(segment: string | string[] | undefined): number | null {
  const single = Array.isArray(segment) ? segment[0] : segment;
  if (single === undefined || !/^[1-9]\d{0,9}$/.test(single)) return null;
  const id = Number(single);
  return id <= MAX_RECORD_ID ? id : null;
}

/** ?version=N on the history page. */
export function parseVersion(value: string | string[] | undefined): number | null {
  return parseRouteId(value);
}

/** The same range for ids that arrive in action and API payloads (numbers, or numeric strings from forms). */
export function recordIdSchema(message = 'Expected an id.') {
  return z.coerce.number({ error: message }).int(message).positive(message).max(MAX_RECORD_ID, message);
}

/** For JSON payloads whose ids are numbers already: a string is a mistake, not something to coerce. */
export function numericIdSchema(message = 'Expected an id.') {
  return z.number({ error: message }).int(message).positive(message).max(MAX_RECORD_ID, message);
}
