import 'server-only';
import type { Pool } from 'pg';
import type { BeforeDelivery } from '@/lib/changes/pipeline';
import { env } from '@/lib/env';
import { hasReplayed, parseLsn } from '@/lib/wal-position';
import { connection, replicaConnection, type Connection } from './client';
import { markReplicaBehind, markReplicaCaughtUp, noteReplicaUnreachable, replicaBehind, replicaState } from './replica-state';

/**
 * Routing of reads to the streaming replica (DATABASE_REPLICA_URL), and the fence that keeps a
 * replica which has not replayed a change from getting an old page into a cache.
 *
 * Pages are cached by tag and re-rendered once a change expires their tags. If that render read a
 * replica still behind the commit, the old rows would be cached under fresh tags for up to an
 * hour. So the change pipeline waits, before it tells any cache (replicaFence), until the replica
 * has replayed the primary's WAL position taken after the commit. When it has not within
 * DATABASE_REPLICA_WAIT_MS, the replica is set aside (those reads go to the primary) until a probe
 * sees it reach that position; the caches are told either way, so a reader never waits longer.
 * Every instance fences the changes it hears of, its own and those relayed from others.
 *
 * Pages whose reads stay on the primary need no fence; uncached pages that show a person's own
 * writes (the newsroom's lists) use readFromCaughtUpReplica, which checks the replica's position
 * on every read instead: those writes do not all pass through the pipeline.
 */

/** How long an uncached read that must show its reader's own writes waits for the replica before reading the primary. */
const OWN_WRITES_WAIT_MS = 100;
/** How often a replica that was set aside is checked. */
const PROBE_INTERVAL_MS = 250;
/** Waits between position checks while fencing: short at first (replay usually takes a few ms), then gentler. */
const POLL_DELAYS_MS = [2, 5, 10, 20, 50];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Where the primary's WAL ends now: every change committed before this call lies before it. */
async function primaryPosition(): Promise<bigint> {
  const { rows } = await connection().pool.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
  const lsn = parseLsn(rows[0]?.lsn);
  if (lsn === null) throw new Error(`the primary reported no WAL position (${String(rows[0]?.lsn)})`);
  return lsn;
}

/** How far the replica has replayed; null when it is no standby at all (then it is never used). */
async function replayedPosition(pool: Pool): Promise<bigint | null> {
  const { rows } = await pool.query<{ recovering: boolean; lsn: string | null }>(
    'select pg_is_in_recovery() as recovering, pg_last_wal_replay_lsn()::text as lsn',
  );
  const row = rows[0];
  if (!row?.recovering) {
    const state = replicaState();
    if (!state.warnedNotStandby) {
      state.warnedNotStandby = true;
      console.error('[db] DATABASE_REPLICA_URL is not a standby (pg_is_in_recovery() is false); its reads stay on the primary');
    }
    return null;
  }
  return parseLsn(row.lsn);
}

/**
 * Waits, at most `ms`, until the replica has replayed `target`. False on timeout, when the replica
 * cannot be asked, or when it is no standby.
 */
async function awaitReplay(replica: Connection, target: bigint, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (let i = 0; ; i++) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let replayed: bigint | null;
    try {
      replayed = await withDeadline(replayedPosition(replica.pool), left, 'asking the replica how far it has replayed');
    } catch {
      return false;
    }
    if (hasReplayed(replayed, target)) return true;
    if (replayed === null) return false;
    await wait(Math.min(POLL_DELAYS_MS[Math.min(i, POLL_DELAYS_MS.length - 1)]!, Math.max(0, deadline - Date.now())));
  }
}

/** While the replica is set aside, checks it every PROBE_INTERVAL_MS and takes it back once it has caught up. */
function probeUntilCaughtUp(replica: Connection): void {
  const state = replicaState();
  if (state.probe) return;
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    const behind = replicaBehind();
    if (!behind) {
      clearInterval(timer);
      if (state.probe === timer) state.probe = null;
      return;
    }
    checking = true;
    void (async () => {
      try {
        const target = behind.target ?? (await primaryPosition());
        const replayed = await withDeadline(replayedPosition(replica.pool), PROBE_INTERVAL_MS * 4, 'probing the replica');
        if (hasReplayed(replayed, target) && markReplicaCaughtUp(behind) && !replicaBehind()) {
          clearInterval(timer);
          if (state.probe === timer) state.probe = null;
        }
      } catch {
        // Still unreachable (or the primary is): keep reading the primary and try again.
      } finally {
        checking = false;
      }
    })();
  }, PROBE_INTERVAL_MS);
  timer.unref();
  state.probe = timer;
}

/** The replica when reads may use it now; null sends them to the primary. */
function usableReplica(): Connection | null {
  const replica = replicaConnection();
  if (!replica) return null;
  if (replicaBehind()) {
    probeUntilCaughtUp(replica);
    return null;
  }
  return replica;
}

// Errors that say the replica, not the query, is the problem: the read is repeated on the primary.
// Connection failures also set the replica aside; a query cancelled because replay needed its rows
// (40001 on a hot standby) only moves that one read.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

function replicaTrouble(error: unknown): 'connection' | 'conflict' | null {
  const e = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; message?: string };
  if (CONNECTION_CODES.has(e?.code ?? '') || /Connection terminated|timeout exceeded when trying to connect/i.test(e?.message ?? '')) {
    return 'connection';
  }
  if (e?.code === '40001') return 'conflict';
  return null;
}

async function onReplicaOrPrimary<T>(replica: Connection, read: (on: Connection) => Promise<T>): Promise<T> {
  try {
    return await read(replica);
  } catch (error) {
    const trouble = replicaTrouble(error);
    if (!trouble) throw error;
    if (trouble === 'connection') noteReplicaUnreachable(error);
    else console.warn(`[db] a read on the replica was cancelled by replay (${(error as Error).message}); read from the primary`);
    return read(connection());
  }
}

/**
 * For reads that tolerate lag and whose results may be cached after a change (search, feeds,
 * sitemaps): the replica unless it is known to lack a change the caches were told about.
 */
export async function readFromReplica<T>(read: (on: Connection) => Promise<T>): Promise<T> {
  const replica = usableReplica();
  return replica ? onReplicaOrPrimary(replica, read) : read(connection());
}

/**
 * For uncached lists that must show their reader's own writes (the newsroom): the replica only
 * once it has replayed everything the primary held when the read began, so a write committed
 * before this request, by anyone, through any path, is in what it reads.
 */
export async function readFromCaughtUpReplica<T>(read: (on: Connection) => Promise<T>): Promise<T> {
  const replica = usableReplica();
  if (!replica) return read(connection());
  const target = await primaryPosition();
  if (!(await awaitReplay(replica, target, OWN_WRITES_WAIT_MS))) return read(connection());
  return onReplicaOrPrimary(replica, read);
}

/**
 * Before a change reaches any cache: wait until the replica has replayed the commit, or set it
 * aside. Registered by instrumentation.ts when a replica is configured.
 */
export const replicaFence: BeforeDelivery = {
  name: 'replica-fence',
  run: async (change) => {
    const replica = replicaConnection();
    const config = env().replica;
    if (!replica || !config) return;
    let target: bigint;
    try {
      target = await primaryPosition();
    } catch (error) {
      // Without the primary's position no wait can be judged: the replica is used again only once it matches the primary.
      markReplicaBehind(null, `the primary's WAL position could not be read after "${change.reason}" (${(error as Error).message})`);
      probeUntilCaughtUp(replica);
      return;
    }
    if (replicaBehind()) {
      // Already set aside: its reads are on the primary, so only the position it must reach moves.
      markReplicaBehind(target, `"${change.reason}"`);
      probeUntilCaughtUp(replica);
      return;
    }
    if (await awaitReplay(replica, target, config.waitMs)) return;
    markReplicaBehind(target, `it had not replayed "${change.reason}" within ${config.waitMs} ms`);
    probeUntilCaughtUp(replica);
  },
};
