import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { db as defaultDb, type Database } from '../client';
import { revokedSessions } from '../schema';

/** Ends one session for good: its cookie, or any copy of it, is refused until it would have expired anyway. */
export async function revokeSession(sid: string, expiresAt: Date, database: Database = defaultDb()): Promise<void> {
  await database.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing();
}

/** Forgets revocations of sessions that have expired by now (nothing could present them any more). */
export async function pruneRevokedSessions(database: Database = defaultDb()): Promise<number> {
  const removed = await database.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`)).returning({ sid: revokedSessions.sid });
  return removed.length;
}
