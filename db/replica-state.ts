/**
 * Whether the read replica may be used, per process. On globalThis because the replica's pool
 * (db/client.ts) reports failures here and the routing (db/replica.ts) reads it, and because
 * Next's bundle and scripts loaded beside it would otherwise hold separate copies.
 */

/** The replica is known to lack a committed change (or could not be reached). */
export type Behind = {
  /** The WAL position it must replay before it is used again; null: the primary's position when next asked. */
  readonly target: bigint | null;
  readonly since: number;
  readonly why: string;
};

type State = { behind: Behind | null; probe: NodeJS.Timeout | null; warnedNotStandby: boolean };
const KEY = '__northgateReplicaState';
type Holder = { [KEY]?: State };

export function replicaState(): State {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= { behind: null, probe: null, warnedNotStandby: false });
}

export function replicaBehind(): Behind | null {
  return replicaState().behind;
}

/**
 * Sends lag-tolerant reads to the primary until the replica has replayed `target` (or, with null,
 * whatever the primary holds when it is next asked, which covers every earlier target).
 */
export function markReplicaBehind(target: bigint | null, why: string): void {
  const state = replicaState();
  const previous = state.behind;
  const merged = previous === null ? target : previous.target === null || target === null ? null : previous.target > target ? previous.target : target;
  state.behind = { target: merged, since: previous?.since ?? Date.now(), why: previous?.why ?? why };
  if (!previous) console.error(`[db] read replica set aside, reads that tolerate lag go to the primary: ${why}`);
}

/** Clears the mark if it is still the one the caller checked (a newer change may have raised it meanwhile). */
export function markReplicaCaughtUp(checked: Behind): boolean {
  const state = replicaState();
  if (state.behind !== checked) return false;
  state.behind = null;
  console.log(`[db] read replica caught up after ${Date.now() - checked.since} ms; lag-tolerant reads use it again`);
  return true;
}

/** A connection to the replica failed: the primary serves its reads until a probe reaches it again. */
export function noteReplicaUnreachable(error?: unknown): void {
  const message = error instanceof Error ? error.message : 'connection failed';
  markReplicaBehind(null, `the replica is unreachable (${message})`);
}

/** Forgets everything (the pools are being closed): no probe may outlive them. */
export function resetReplicaState(): void {
  const state = replicaState();
  if (state.probe) clearInterval(state.probe);
  state.probe = null;
  state.behind = null;
}
