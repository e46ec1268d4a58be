import { channel } from 'node:diagnostics_channel';
import { everything, type Change } from './change';

/**
 * The change pipeline: the one path from a committed write to everything that keeps copies of
 * pages. Writers call onCommitted(change) after their transaction commits; subscribers register
 * once at process start (instrumentation.ts for Next's own cache, the HTTP server for its front
 * cache, scripts and tests for the running app over HTTP).
 *
 * Subscribers meet on a named node:diagnostics_channel rather than in a module-level list because
 * one process holds two copies of this module — Next's server bundle and the HTTP server loaded by
 * tsx — and both must reach the same subscribers. The channel is Node's process-wide registry by
 * name; it is synchronous, so a subscriber starts inside the writer's async context (a server
 * action's updateTag needs that).
 */
export type Subscriber = {
  name: string;
  deliver: (change: Change) => Promise<void> | void;
};

export type Delivery = {
  /** False when some subscriber could not be told even after retries and the expire-everything fallback. */
  refreshed: boolean;
  failed: string[];
};

type Envelope = { change: Change; outcomes: Promise<{ name: string; ok: boolean }>[] };

const committed = channel('northgate:change-committed');

/** Attempts per subscriber before falling back to expiring everything; waits between them in ms. */
const RETRY_DELAYS_MS = [0, 100, 400];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function attempt(subscriber: Subscriber, change: Change): Promise<unknown> {
  try {
    await subscriber.deliver(change);
    return null;
  } catch (error) {
    return error ?? new Error('subscriber failed');
  }
}

async function deliverWithRetry(subscriber: Subscriber, change: Change): Promise<{ name: string; ok: boolean }> {
  let lastError: unknown = null;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await wait(delay);
    lastError = await attempt(subscriber, change);
    if (lastError === null) return { name: subscriber.name, ok: true };
  }
  console.error(`[changes] ${subscriber.name} could not apply "${change.reason}" (${change.tags.length} tags):`, lastError);
  // A precise expiry that keeps failing is replaced by the bluntest one that can still work, as far
  // as the change itself travels: a restart's or a relayed change's fallback must not reach other instances.
  const fallback = await attempt(subscriber, everything(`fallback for: ${change.reason}`, change.scope));
  if (fallback === null) return { name: subscriber.name, ok: true };
  console.error(`[changes] ${subscriber.name} could not expire everything either; readers may see old pages until it recovers:`, fallback);
  return { name: subscriber.name, ok: false };
}

/** Registers a subscriber for the life of the process; returns its unsubscribe. */
export function subscribe(subscriber: Subscriber): () => void {
  const handler = (message: unknown) => {
    const envelope = message as Envelope;
    envelope.outcomes.push(deliverWithRetry(subscriber, envelope.change));
  };
  committed.subscribe(handler);
  return () => committed.unsubscribe(handler);
}

/**
 * Announces a committed change. Never throws: the write is already saved, and a failure to refresh
 * pages must not be reported as a failure to save. Resolves once every subscriber has finished.
 */
export async function onCommitted(change: Change): Promise<Delivery> {
  if (change.tags.length === 0) return { refreshed: true, failed: [] };
  if (!committed.hasSubscribers) {
    console.warn(`[changes] nothing is subscribed in this process; "${change.reason}" reaches no cache`);
    return { refreshed: false, failed: ['(no subscriber)'] };
  }
  const envelope: Envelope = { change, outcomes: [] };
  committed.publish(envelope);
  const outcomes = await Promise.all(envelope.outcomes);
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
  return { refreshed: failed.length === 0, failed };
}

/** Runs a write that returns its change, announces the change, and returns both. */
export async function commit<T extends { change: Change }>(write: Promise<T>): Promise<T & { delivery: Delivery }> {
  const result = await write;
  return { ...result, delivery: await onCommitted(result.change) };
}
