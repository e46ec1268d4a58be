import { createHmac, randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;

/** The UTC day a moment falls in, as a number (days since 1970). */
export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * Pseudonymous visitor ids for counting distinct readers of a story per day, without storing who
 * they are: HMAC(salt of the day, address | user agent | story). The salt is 32 random bytes held
 * only in this process's memory and replaced at each UTC midnight, the old one dropped, so
 * yesterday's ids can never be recomputed or linked to today's, and nothing about a reader ever
 * reaches the database.
 */
export function createVisitorHasher(options: { now?: () => number; random?: (n: number) => Buffer } = {}) {
  const now = options.now ?? Date.now;
  const random = options.random ?? randomBytes;
  let day = dayOf(now());
  let salt = random(32);
  return {
    /** The day the hash belongs to, and the hash (16 bytes, base64). */
    hash(ip: string, userAgent: string, articleId: number): { day: number; id: string } {
      const today = dayOf(now());
      if (today !== day) {
        day = today;
        salt = random(32);
      }
      const id = createHmac('sha256', salt).update(`${ip}|${userAgent}|${articleId}`).digest().subarray(0, 16).toString('base64');
      return { day, id };
    },
  };
}

export type VisitorHasher = ReturnType<typeof createVisitorHasher>;
